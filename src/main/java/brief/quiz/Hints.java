package brief.quiz;

import brief.model.Option;
import brief.model.Question;
import java.util.List;
import java.util.Optional;

/**
 * The hint a question offers: the author's (half the points), else one the tool can make that really helps
 * (a quarter): one wrong option ruled out among four or more, a cloze's first letter, a number's order of
 * magnitude. True/false, order and match questions offer none of their own.
 */
public final class Hints {
    private static final int RULE_OUT_MIN_OPTIONS = 4;

    private Hints() {}

    public static Optional<Hint> offer(Presented shown) {
        Question question = shown.question();
        if (question.stem().hint() != null) return Optional.of(new Hint(question.stem().hint(), Hint.AUTHORED));
        return question.accept(new Question.Visitor<>() {
            public Optional<Hint> choice(Question.Choice q) {
                return ruleOut(shown.options(), List.of(q.answer()));
            }

            public Optional<Hint> multi(Question.Multi q) {
                return ruleOut(shown.options(), q.answers());
            }

            public Optional<Hint> trueFalse(Question.TrueFalse q) {
                return Optional.empty();
            }

            public Optional<Hint> cloze(Question.Cloze q) {
                String a = q.answer().strip();
                if (a.codePointCount(0, a.length()) < 3) return Optional.empty();
                return small("It starts with “" + a.substring(0, a.offsetByCodePoints(0, 1)) + "”.");
            }

            public Optional<Hint> numeric(Question.Numeric q) {
                double a = Math.abs(q.answer());
                String unit = q.unit() == null ? "" : " " + q.unit();
                if (a < 1) return small("It is less than 1" + unit + ".");
                double low = Math.pow(10, Math.floor(Math.log10(a)));
                return small("It is at least " + grouped(low) + " and less than " + grouped(low * 10) + unit + ".");
            }

            public Optional<Hint> order(Question.Order q) {
                return Optional.empty();
            }

            public Optional<Hint> match(Question.Match q) {
                return Optional.empty();
            }
        });
    }

    /** One wrong option ruled out, where enough are left that the hint helps without deciding. */
    private static Optional<Hint> ruleOut(List<Option> shown, List<String> answers) {
        if (shown.size() < RULE_OUT_MIN_OPTIONS) return Optional.empty();
        for (int i = shown.size() - 1; i >= 0; i--) {
            if (!answers.contains(shown.get(i).id())) {
                return small("It is not " + Presented.letter(i) + ") " + shown.get(i).text() + ".");
            }
        }
        return Optional.empty();
    }

    private static Optional<Hint> small(String text) {
        return Optional.of(new Hint(text, Hint.SMALL));
    }

    private static String grouped(double value) {
        return String.format(java.util.Locale.ROOT, "%,d", (long) value);
    }
}
