package brief.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every answer to a briefing as the scheduler replays it, grouped by question and the wording answered (its content
 * hash), each group in the order given. Held as columns rather than an object an answer: a briefing read for
 * {@code brief stats} may have 100,000 of them, and the question and hash are read once a group, not once a row.
 */
public final class AnswerLog {
    private static final byte HINT = 1;
    private static final byte SKIPPED = 2;
    private static final byte LEGACY = 4;

    private final String[] questions;
    private final String[] hashes;
    /** Group g's answers are {@code starts[g]} up to {@code starts[g + 1]}. */
    private final int[] starts;
    /** The order the answers were given in, across groups: the store's row ids. */
    private final long[] order;
    private final double[] credits;
    private final long[] answeredAt;
    private final byte[] flags;

    private AnswerLog(Builder b) {
        questions = b.questions.toArray(String[]::new);
        hashes = b.hashes.toArray(String[]::new);
        starts = Arrays.copyOf(b.starts, questions.length + 1);
        starts[questions.length] = b.rows;
        order = Arrays.copyOf(b.order, b.rows);
        credits = Arrays.copyOf(b.credits, b.rows);
        answeredAt = Arrays.copyOf(b.answeredAt, b.rows);
        flags = Arrays.copyOf(b.flags, b.rows);
    }

    /** The answers of a list, in its order, grouped as the store groups them. */
    public static AnswerLog of(List<Records.Review> reviews) {
        Map<List<String>, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < reviews.size(); i++) {
            Records.Review r = reviews.get(i);
            groups.computeIfAbsent(List.of(r.question(), r.questionHash()), k -> new ArrayList<>()).add(i);
        }
        Builder b = new Builder();
        groups.forEach((key, rows) -> {
            b.group(key.get(0), key.get(1), rows.size());
            for (int i : rows) {
                Records.Review r = reviews.get(i);
                b.answer(i, r.credit(), r.answeredAt().toEpochMilli(), r.hintUsed(), r.skipped(), r.legacyHash());
            }
        });
        return b.build();
    }

    public int groups() {
        return questions.length;
    }

    public String question(int group) {
        return questions[group];
    }

    public String hash(int group) {
        return hashes[group];
    }

    public int start(int group) {
        return starts[group];
    }

    public int end(int group) {
        return starts[group + 1];
    }

    public int size() {
        return order.length;
    }

    /** Where answer {@code i} comes in the order answers were given: higher is later. */
    public long order(int i) {
        return order[i];
    }

    public double credit(int i) {
        return credits[i];
    }

    public Instant answeredAt(int i) {
        return Instant.ofEpochMilli(answeredAt[i]);
    }

    public boolean hintUsed(int i) {
        return (flags[i] & HINT) != 0;
    }

    public boolean skipped(int i) {
        return (flags[i] & SKIPPED) != 0;
    }

    /** True for a hash saved by brief 0.1.0 that no briefing loaded since has carried over. */
    public boolean legacyHash(int i) {
        return (flags[i] & LEGACY) != 0;
    }

    public boolean anyLegacyHash() {
        for (byte f : flags) {
            if ((f & LEGACY) != 0) return true;
        }
        return false;
    }

    /** Every answer as a record, in the order given. */
    public List<Records.Review> reviews() {
        List<Records.Review> out = new ArrayList<>(size());
        List<Integer> byOrder = new ArrayList<>(size());
        int[] groupOf = new int[size()];
        for (int g = 0; g < groups(); g++) {
            for (int i = start(g); i < end(g); i++) {
                groupOf[i] = g;
                byOrder.add(i);
            }
        }
        byOrder.sort(Comparator.comparingLong(this::order));
        for (int i : byOrder) {
            out.add(new Records.Review(question(groupOf[i]), hash(groupOf[i]), legacyHash(i), credit(i), hintUsed(i),
                    skipped(i), answeredAt(i)));
        }
        return out;
    }

    /** Fills a log group by group: each group's answers follow it, as many as it said. */
    public static final class Builder {
        private final List<String> questions = new ArrayList<>();
        private final List<String> hashes = new ArrayList<>();
        private int[] starts = new int[16];
        private int rows;
        private int expected;
        private long[] order = new long[64];
        private double[] credits = new double[64];
        private long[] answeredAt = new long[64];
        private byte[] flags = new byte[64];

        /** Starts a group of {@code count} answers to {@code question} as worded by {@code hash}. */
        public Builder group(String question, String hash, int count) {
            if (rows != expected) throw new IllegalStateException("the group before has " + rows + " answers of " + expected);
            if (questions.size() == starts.length - 1) starts = Arrays.copyOf(starts, starts.length * 2);
            starts[questions.size()] = rows;
            questions.add(question);
            hashes.add(hash);
            expected = rows + count;
            if (expected > order.length) grow(Math.max(expected, order.length * 2));
            return this;
        }

        public Builder answer(long order, double credit, long answeredAtMillis, boolean hintUsed, boolean skipped,
                boolean legacyHash) {
            if (rows == expected) throw new IllegalStateException("more answers than the group said");
            this.order[rows] = order;
            credits[rows] = credit;
            answeredAt[rows] = answeredAtMillis;
            flags[rows] = (byte) ((hintUsed ? HINT : 0) | (skipped ? SKIPPED : 0) | (legacyHash ? LEGACY : 0));
            rows++;
            return this;
        }

        /** Whether every group has as many answers as it said. */
        public boolean complete() {
            return rows == expected;
        }

        public AnswerLog build() {
            if (!complete()) throw new IllegalStateException("the last group has " + rows + " answers of " + expected);
            return new AnswerLog(this);
        }

        private void grow(int capacity) {
            order = Arrays.copyOf(order, capacity);
            credits = Arrays.copyOf(credits, capacity);
            answeredAt = Arrays.copyOf(answeredAt, capacity);
            flags = Arrays.copyOf(flags, capacity);
        }
    }
}
