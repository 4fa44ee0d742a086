package brief.quiz;

import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Grades a response to a question by the rules of its type. */
public final class Grading {
    private Grading() {}

    /**
     * The grade of {@code response}; a response of the wrong kind for the question earns nothing.
     * Text that is not a number, for a numeric question, is not graded: {@link AnswerParser} re-asks it.
     */
    public static Grade grade(Question question, Response response) {
        return question.accept(new Question.Visitor<>() {
            public Grade choice(Question.Choice q) {
                if (!(response instanceof Response.Pick p)) return Grade.of(0);
                if (p.optionId().equals(q.answer())) return Grade.of(1);
                return new Grade(0, false, whys(q.options(), List.of(p.optionId())));
            }

            public Grade multi(Question.Multi q) {
                if (!(response instanceof Response.Picks p)) return Grade.of(0);
                long right = p.optionIds().stream().distinct().filter(q.answers()::contains).count();
                long wrong = p.optionIds().stream().distinct().filter(id -> !q.answers().contains(id)).count();
                double credit = Math.max(0, (double) (right - wrong) / q.answers().size());
                List<String> wrongPicks = p.optionIds().stream().filter(id -> !q.answers().contains(id)).toList();
                return new Grade(credit, false, whys(q.options(), wrongPicks));
            }

            public Grade trueFalse(Question.TrueFalse q) {
                return Grade.of(response instanceof Response.TrueOrFalse t && t.value() == q.answer() ? 1 : 0);
            }

            public Grade cloze(Question.Cloze q) {
                if (!(response instanceof Response.Text t)) return Grade.of(0);
                boolean typo = false;
                List<String> accepted = new ArrayList<>(q.accept());
                accepted.add(0, q.answer());
                for (String expected : accepted) {
                    TextAnswers.Match m = TextAnswers.compare(t.text(), expected);
                    if (m == TextAnswers.Match.EXACT) return Grade.of(1);
                    typo |= m == TextAnswers.Match.ONE_TYPO;
                }
                return typo ? new Grade(1, true, List.of()) : Grade.of(0);
            }

            public Grade numeric(Question.Numeric q) {
                if (!(response instanceof Response.Text t)) return Grade.of(0);
                return Numbers.read(t.text())
                        .map(r -> Grade.of(Numbers.matches(r, q.answer(), q.tolerance(), q.unit()) ? 1 : 0))
                        .orElse(Grade.of(0));
            }

            public Grade order(Question.Order q) {
                if (!(response instanceof Response.Sequence s) || s.itemIds().size() != q.items().size()) {
                    return Grade.of(0);
                }
                List<String> right = q.items().stream().map(Item::id).toList();
                int pairs = 0;
                int inOrder = 0;
                for (int i = 0; i < s.itemIds().size(); i++) {
                    for (int j = i + 1; j < s.itemIds().size(); j++) {
                        pairs++;
                        if (right.indexOf(s.itemIds().get(i)) < right.indexOf(s.itemIds().get(j))) inOrder++;
                    }
                }
                return Grade.of((double) inOrder / pairs);
            }

            public Grade match(Question.Match q) {
                if (!(response instanceof Response.Pairing p)) return Grade.of(0);
                Map<String, String> chosen = p.rightFor();
                long right = q.pairs().stream().map(Pair::id).filter(id -> id.equals(chosen.get(id))).count();
                return Grade.of((double) right / q.pairs().size());
            }
        });
    }

    private static List<String> whys(List<Option> options, List<String> picked) {
        List<String> out = new ArrayList<>();
        for (Option o : options) {
            if (picked.contains(o.id()) && o.why() != null) out.add(o.text() + ": " + o.why());
        }
        return out;
    }
}
