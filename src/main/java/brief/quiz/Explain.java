package brief.quiz;

import brief.model.Item;
import brief.model.Option;
import brief.model.Question;
import java.util.List;
import java.util.stream.Collectors;

/** Words shown to a reader about a question: its right answer. */
public final class Explain {
    private Explain() {}

    /** The right answer in words, as a line a reader can check their answer against. */
    public static String rightAnswer(Question question) {
        return question.accept(new Question.Visitor<>() {
            public String choice(Question.Choice q) {
                return textOf(q.options(), q.answer());
            }

            public String multi(Question.Multi q) {
                return q.answers().stream().map(a -> textOf(q.options(), a)).collect(Collectors.joining("; "));
            }

            public String trueFalse(Question.TrueFalse q) {
                return q.answer() ? "true" : "false";
            }

            public String cloze(Question.Cloze q) {
                return q.answer();
            }

            public String numeric(Question.Numeric q) {
                String n = Numbers.format(q.answer());
                String tol = q.tolerance() > 0 ? " (± " + Numbers.format(q.tolerance()) + ")" : "";
                return q.unit() == null ? n + tol : n + " " + q.unit() + tol;
            }

            public String order(Question.Order q) {
                return q.items().stream().map(Item::text).collect(Collectors.joining(" → "));
            }

            public String match(Question.Match q) {
                return q.pairs().stream().map(p -> p.left() + " — " + p.right()).collect(Collectors.joining("; "));
            }
        });
    }

    static String textOf(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(Option::text).findFirst().orElse(id);
    }
}
