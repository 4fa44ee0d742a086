package brief.bench;

import brief.model.ContentHash;
import brief.model.Question;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/** What the benchmarks share: a middle figure of several runs, and a store filled with many answers quickly. */
public final class Harness {
    private Harness() {}

    /** The middle of the timings, so one run slowed by the machine does not move the figure. */
    public static long median(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The middle of the values, so one round slowed by the machine does not move the figure. */
    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** The value {@code q} of the way up the sorted values (0.5: the median). */
    public static double quantile(double[] values, double q) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s[(int) Math.round(q * (s.length - 1))];
    }

    /** {@code n} two-option questions on one card, for a store to hold answers to. */
    public static List<Question> choices(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> (Question) new Question.Choice(
                new brief.model.Stem("q" + i, "Which " + i + "?", "c1", 1, "Because.", new brief.model.Evidence("e"),
                        null, false),
                List.of(new brief.model.Option("a", "A", null), new brief.model.Option("b", "B", null)), "a")).toList();
    }

    /** The system's load average over the last minute, as uptime shows it, or "unknown". */
    public static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format("%.2f", load);
    }

    /**
     * Puts {@code count} answers to {@code questions} in turn into the store's own table in one batch, as the store
     * writes them (recording each in a durable transaction of its own would take minutes): every
     * {@code missEvery}-th answer is missed, and answer {@code k} is given at {@code at.apply(k)}.
     */
    public static void answers(Path db, String briefing, long session, List<Question> questions, int count,
            int missEvery, IntFunction<Instant> at) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO answers (session_id, briefing, question,"
                    + " question_hash, card, response, credit, points, possible, hint_used, skipped, time_ms, answered_at,"
                    + " hash_scheme) VALUES (?, ?, ?, ?, ?, 't', ?, ?, 1, 0, 0, 3000, ?, 2)")) {
                for (int k = 0; k < count; k++) {
                    Question q = questions.get(k % questions.size());
                    double credit = k % missEvery == 0 ? 0 : 1;
                    p.setLong(1, session);
                    p.setString(2, briefing);
                    p.setString(3, q.id());
                    p.setString(4, ContentHash.of(q));
                    p.setString(5, q.card());
                    p.setDouble(6, credit);
                    p.setDouble(7, credit);
                    p.setString(8, at.apply(k).toString());
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        }
    }
}
