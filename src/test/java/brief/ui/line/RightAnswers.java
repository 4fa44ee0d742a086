package brief.ui.line;

import brief.model.Question;
import brief.quiz.Numbers;
import brief.quiz.Presented;
import java.util.ArrayList;
import java.util.List;

/** Types the right answer to a shown question, for tests that take whole quizzes. */
final class RightAnswers {
    private RightAnswers() {}

    static String typed(Presented p) {
        return p.question().accept(new Question.Visitor<>() {
            public String choice(Question.Choice q) {
                return letterOf(p.options().stream().map(o -> o.id()).toList(), q.answer());
            }

            public String multi(Question.Multi q) {
                List<String> letters = new ArrayList<>();
                for (String a : q.answers()) letters.add(letterOf(p.options().stream().map(o -> o.id()).toList(), a));
                return String.join(" ", letters);
            }

            public String trueFalse(Question.TrueFalse q) {
                return q.answer() ? "t" : "f";
            }

            public String cloze(Question.Cloze q) {
                return q.answer();
            }

            public String numeric(Question.Numeric q) {
                return Numbers.format(q.answer());
            }

            public String order(Question.Order q) {
                List<String> letters = new ArrayList<>();
                for (var item : q.items()) letters.add(letterOf(p.items().stream().map(i -> i.id()).toList(), item.id()));
                return String.join(" ", letters);
            }

            public String match(Question.Match q) {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < p.lefts().size(); i++) {
                    String id = p.lefts().get(i).id();
                    pairs.add((i + 1) + letterOf(p.rights().stream().map(r -> r.id()).toList(), id));
                }
                return String.join(" ", pairs);
            }
        });
    }

    private static String letterOf(List<String> ids, String id) {
        return Presented.letter(ids.indexOf(id));
    }
}
