package brief.progress.bench;

import static brief.bench.Harness.median;

import brief.bench.Harness;
import brief.model.Briefing;
import brief.model.Briefings;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Stem;
import brief.progress.Memory;
import brief.progress.Plans;
import brief.progress.ProgressStore;
import brief.progress.ReviewPlan;
import brief.progress.Stats;
import brief.quiz.SessionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code brief stats} and {@code brief review} over 100,000 recorded answers (2,000 questions answered 50 times
 * each over two months): each schedule replayed from every answer. Timed against reading the same rows with a bare
 * JDBC query, the floor any replay stands on, interleaved in the same run. Target: under 500 ms each.
 */
public final class ScheduleBenchmark {
    private static final int QUESTIONS = 2_000;
    private static final int ANSWERS = 100_000;
    private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");

    public static void main(String[] args) throws Exception {
        Briefing big = briefing();
        List<Question> questions = big.questions();
        Path data = Files.createTempDirectory("brief-schedule");
        Clock now = Clock.fixed(START.plus(Duration.ofDays(61)), ZoneOffset.UTC);
        try (ProgressStore store = ProgressStore.open(data, now)) {
            long session = store.startSession("big", SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1, Plans.of(1));
            Harness.answers(data.resolve("progress.db"), "big", session, questions, ANSWERS, 7, k -> START.plusSeconds(k * 52L));
            int rounds = 9;
            long[] stats = new long[rounds];
            long[] review = new long[rounds];
            long[] bare = new long[rounds];
            for (int i = -3; i < rounds; i++) {
                System.gc();
                long t = System.nanoTime();
                int rows = bareRead(data.resolve("progress.db"));
                long b = System.nanoTime() - t;
                System.gc();
                t = System.nanoTime();
                Stats s = Stats.of(big, questions, store);
                long st = System.nanoTime() - t;
                System.gc();
                t = System.nanoTime();
                List<ReviewPlan.Briefing> memories = List.of(new ReviewPlan.Briefing("big",
                        Memory.load("big", questions, store, Stats.SCHEDULER)));
                List<ReviewPlan.Pick> picks = ReviewPlan.choose(memories, now.instant(), ZoneOffset.UTC, 20, 10);
                String next = ReviewPlan.next(memories, now.instant(), ZoneOffset.UTC);
                long r = System.nanoTime() - t;
                if (i >= 0) {
                    bare[i] = b;
                    stats[i] = st;
                    review[i] = r;
                }
                if (i == rounds - 1) {
                    System.out.printf("%,d rows; %d due, mastery %.0f%%; review picks %d; %s%n", rows, s.due(),
                            100 * s.mastery(), picks.size(), next);
                }
            }
            System.out.printf("bare JDBC read of %,d answers: median %.0f ms; load average %s%n", ANSWERS,
                    median(bare) / 1e6, Harness.loadAverage());
            System.out.printf("stats over %,d answers: median %.0f ms, %.2fx the bare read (target under 500 ms)%n",
                    ANSWERS, median(stats) / 1e6, (double) median(stats) / median(bare));
            System.out.printf("review over %,d answers: median %.0f ms, %.2fx the bare read (target under 500 ms)%n",
                    ANSWERS, median(review) / 1e6, (double) median(review) / median(bare));
        }
    }

    private static Briefing briefing() {
        List<Card> cards = new ArrayList<>();
        for (int c = 0; c < 50; c++) {
            cards.add(new Card("c" + c, "Card " + c, "t" + c % 5, List.of(new Point("p", "A point.", PointKind.FACT,
                    new Evidence("a passage")))));
        }
        List<Question> questions = new ArrayList<>();
        for (int q = 0; q < QUESTIONS; q++) {
            questions.add(new Question.TrueFalse(new Stem("q" + q, "Statement number " + q + ".", "c" + q % 50, 1,
                    "Because.", new Evidence("a passage"), null, false), q % 2 == 0));
        }
        return Briefings.of("big", "Big", cards, questions);
    }

    /** The floor of any replay: the answers' rows read with a bare JDBC query, nothing made of them. */
    public static int bareRead(Path db) throws Exception {
        int rows = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT question, question_hash, hash_scheme, credit, hint_used, skipped,"
                     + " answered_at FROM answers WHERE briefing = 'big' ORDER BY id")) {
            while (rs.next()) {
                rs.getString(1);
                rs.getString(2);
                rs.getInt(3);
                rs.getDouble(4);
                rs.getInt(5);
                rs.getInt(6);
                rs.getString(7);
                rows++;
            }
        }
        return rows;
    }
}
