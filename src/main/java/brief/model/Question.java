package brief.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/** A quiz question: one record per type, each with the {@link Stem} every question shares. */
public sealed interface Question {

    Stem stem();

    QuestionType type();

    <R> R accept(Visitor<R> visitor);

    default String id() {
        return stem().id();
    }

    default String card() {
        return stem().card();
    }

    default int difficulty() {
        return stem().difficulty();
    }

    /** Lets code outside the model handle each type without instanceof chains. */
    interface Visitor<R> {
        R choice(Choice q);

        R multi(Multi q);

        R trueFalse(TrueFalse q);

        R cloze(Cloze q);

        R numeric(Numeric q);

        R order(Order q);

        R match(Match q);
    }

    /** One right option among several; {@code answer} is an option id. */
    record Choice(Stem stem, List<Option> options, String answer) implements Question {
        public Choice {
            Objects.requireNonNull(stem, "stem");
            options = checkedOptions(options);
            if (options.stream().noneMatch(o -> o.id().equals(answer))) {
                throw new IllegalArgumentException("answer '" + answer + "' is not one of the options");
            }
        }

        public QuestionType type() {
            return QuestionType.CHOICE;
        }

        public <R> R accept(Visitor<R> v) {
            return v.choice(this);
        }
    }

    /** Several right options; {@code answers} are option ids, in the order authored. */
    record Multi(Stem stem, List<Option> options, List<String> answers) implements Question {
        public Multi {
            Objects.requireNonNull(stem, "stem");
            options = checkedOptions(options);
            answers = Checks.list(answers, "answers");
            uniqueIds(answers, "answer");
            if (answers.isEmpty()) throw new IllegalArgumentException("a multi question needs at least one answer");
            for (String a : answers) {
                if (options.stream().noneMatch(o -> o.id().equals(a))) {
                    throw new IllegalArgumentException("answer '" + a + "' is not one of the options");
                }
            }
        }

        public QuestionType type() {
            return QuestionType.MULTI;
        }

        public <R> R accept(Visitor<R> v) {
            return v.multi(this);
        }
    }

    record TrueFalse(Stem stem, boolean answer) implements Question {
        public TrueFalse {
            Objects.requireNonNull(stem, "stem");
        }

        public QuestionType type() {
            return QuestionType.TRUEFALSE;
        }

        public <R> R accept(Visitor<R> v) {
            return v.trueFalse(this);
        }
    }

    /** A prompt with a {@value #GAP} gap; {@code accept} lists other right answers. */
    record Cloze(Stem stem, String answer, List<String> accept) implements Question {
        public static final String GAP = "____";

        public Cloze {
            Objects.requireNonNull(stem, "stem");
            if (!stem.prompt().contains(GAP)) {
                throw new IllegalArgumentException("a cloze prompt needs a " + GAP + " gap");
            }
            Checks.text(answer, "cloze answer");
            accept = Checks.list(accept, "cloze accept");
            accept.forEach(alternative -> Checks.text(alternative, "cloze accept"));
        }

        public QuestionType type() {
            return QuestionType.CLOZE;
        }

        public <R> R accept(Visitor<R> v) {
            return v.cloze(this);
        }
    }

    /** A number, right within {@code tolerance}; {@code unit} is shown with it, or null. */
    record Numeric(Stem stem, double answer, double tolerance, String unit) implements Question {
        public Numeric {
            Objects.requireNonNull(stem, "stem");
            if (!Double.isFinite(answer)) throw new IllegalArgumentException("answer must be a finite number");
            if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
                throw new IllegalArgumentException("tolerance must be zero or more");
            }
            unit = Checks.optional(unit);
        }

        public QuestionType type() {
            return QuestionType.NUMERIC;
        }

        public <R> R accept(Visitor<R> v) {
            return v.numeric(this);
        }
    }

    /** Items to put in order; {@code items} lists them in the right order. */
    record Order(Stem stem, List<Item> items) implements Question {
        public Order {
            Objects.requireNonNull(stem, "stem");
            items = parts(items, Item::id, "item", "an order question");
        }

        public QuestionType type() {
            return QuestionType.ORDER;
        }

        public <R> R accept(Visitor<R> v) {
            return v.order(this);
        }
    }

    /** Left items to pair with right items; {@code pairs} are the right pairings. */
    record Match(Stem stem, List<Pair> pairs) implements Question {
        public Match {
            Objects.requireNonNull(stem, "stem");
            pairs = parts(pairs, Pair::id, "pair", "a match question");
        }

        public QuestionType type() {
            return QuestionType.MATCH;
        }

        public <R> R accept(Visitor<R> v) {
            return v.match(this);
        }
    }

    private static List<Option> checkedOptions(List<Option> options) {
        return parts(options, Option::id, "option", "a question");
    }

    /** The parts of a question (its options, items or pairs), copied: at least two, and no id twice. */
    private static <T> List<T> parts(List<T> parts, Function<T, String> id, String kind, String question) {
        List<T> copy = Checks.list(parts, kind + "s");
        if (copy.size() < 2) throw new IllegalArgumentException(question + " needs at least two " + kind + "s");
        uniqueIds(copy.stream().map(id).toList(), kind);
        return copy;
    }

    private static void uniqueIds(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) throw new IllegalArgumentException("duplicate " + what + " id: " + id);
        }
    }
}
