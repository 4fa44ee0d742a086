package brief.quiz;

import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A question as it is shown: its options, order items and match right-hand sides in a shuffled order,
 * labelled a, b, c… (and match left-hand sides 1, 2, 3…). Both front ends show the same order.
 *
 * @param options for choice and multi, in display order; empty otherwise
 * @param items   for order, in display order (never already in the right order); empty otherwise
 * @param lefts   for match, the left-hand sides in display order; empty otherwise
 * @param rights  for match, the right-hand sides (as pairs) in display order; empty otherwise
 */
public record Presented(Question question, List<Option> options, List<Item> items, List<Pair> lefts,
                        List<Pair> rights) {

    public Presented {
        options = List.copyOf(options);
        items = List.copyOf(items);
        lefts = List.copyOf(lefts);
        rights = List.copyOf(rights);
    }

    /** Shows a question with its choices shuffled by {@code random}. */
    public static Presented of(Question q, Random random) {
        return q.accept(new Question.Visitor<>() {
            public Presented choice(Question.Choice c) {
                return new Presented(q, shuffled(c.options(), random), List.of(), List.of(), List.of());
            }

            public Presented multi(Question.Multi m) {
                return new Presented(q, shuffled(m.options(), random), List.of(), List.of(), List.of());
            }

            public Presented trueFalse(Question.TrueFalse t) {
                return plain();
            }

            public Presented cloze(Question.Cloze c) {
                return plain();
            }

            public Presented numeric(Question.Numeric n) {
                return plain();
            }

            public Presented order(Question.Order o) {
                List<Item> items = shuffled(o.items(), random);
                if (items.equals(o.items())) Collections.rotate(items = new ArrayList<>(items), 1);
                return new Presented(q, List.of(), items, List.of(), List.of());
            }

            public Presented match(Question.Match m) {
                List<Pair> rights = shuffled(m.pairs(), random);
                if (rights.equals(m.pairs())) Collections.rotate(rights = new ArrayList<>(rights), 1);
                return new Presented(q, List.of(), List.of(), m.pairs(), rights);
            }

            private Presented plain() {
                return new Presented(q, List.of(), List.of(), List.of(), List.of());
            }
        });
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** The label of the i-th choice: a, b, c… */
    public static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }
}
