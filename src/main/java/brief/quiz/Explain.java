package brief.quiz;

import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Question;
import java.util.List;
import java.util.stream.Collectors;

/** Words shown to a reader about a question: its right answer, and a hint when the author wrote none. */
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

    /** The author's hint, else one made from the answer that gives part of it away. */
    public static String hint(Presented shown) {
        Question question = shown.question();
        if (question.stem().hint() != null) return question.stem().hint();
        return question.accept(new Question.Visitor<>() {
            public String choice(Question.Choice q) {
                return notThis(shown.options(), List.of(q.answer()));
            }

            public String multi(Question.Multi q) {
                return q.answers().size() + " of the options are right.";
            }

            public String trueFalse(Question.TrueFalse q) {
                return "Read the statement word by word: one detail decides it.";
            }

            public String cloze(Question.Cloze q) {
                String a = q.answer().strip();
                return "It starts with “" + a.substring(0, a.offsetByCodePoints(0, 1)) + "” and has "
                        + a.codePointCount(0, a.length()) + " characters.";
            }

            public String numeric(Question.Numeric q) {
                double low = Math.floor(q.answer() * 0.5);
                double high = Math.ceil(q.answer() * 1.5);
                return "It lies between " + Numbers.format(Math.min(low, high)) + " and "
                        + Numbers.format(Math.max(low, high)) + (q.unit() == null ? "" : " " + q.unit()) + ".";
            }

            public String order(Question.Order q) {
                return "The first is: " + q.items().get(0).text();
            }

            public String match(Question.Match q) {
                Pair p = q.pairs().get(0);
                return "One pair: " + p.left() + " — " + p.right();
            }
        });
    }

    private static String notThis(List<Option> shown, List<String> answers) {
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (!answers.contains(shown.get(i).id())) {
                return "It is not " + Presented.letter(i) + ") " + shown.get(i).text() + ".";
            }
        }
        return "Read the options carefully.";
    }

    static String textOf(List<Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).map(Option::text).findFirst().orElse(id);
    }
}
