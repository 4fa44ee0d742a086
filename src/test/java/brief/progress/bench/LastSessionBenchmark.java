package brief.progress.bench;

import brief.bench.Harness;
import brief.model.Question;
import brief.progress.Plans;
import brief.progress.ProgressStore;
import brief.progress.QuizRecorder;
import brief.progress.Records;
import brief.quiz.SessionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What {@code brief quiz} reads before its first prompt, whether the last quiz was left midway, on a briefing with
 * 300 sessions behind it: the latest session read alone, against the full read of every session it replaced,
 * interleaved in the same run. Run: {@code src/test/bench/run brief.progress.bench.LastSessionBenchmark}
 */
public final class LastSessionBenchmark {
    private static final int SESSIONS = 300;
    private static final int ANSWERS = 8;

    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("brief-last-session");
        List<Question> questions = Harness.choices(ANSWERS);
        try (ProgressStore store = ProgressStore.open(data, java.time.Clock.systemUTC())) {
            for (int s = 0; s < SESSIONS; s++) {
                long id = store.startSession("bench", SessionKind.QUIZ, Records.FrontEnd.PLAIN, s, Plans.of(ANSWERS));
                boolean last = s == SESSIONS - 1;
                Harness.answers(data.resolve("progress.db"), "bench", id, questions, last ? 3 : ANSWERS, 3,
                        k -> Instant.now());
                if (!last) store.finishSession(id, Records.Status.FINISHED, ANSWERS - 3, ANSWERS);
            }
            int warmUp = 50;
            long[] all = new long[201];
            long[] alone = new long[all.length];
            double[] ratio = new double[all.length];
            for (int i = 0; i < warmUp + all.length; i++) {
                long t = System.nanoTime();
                List<Records.Session> sessions = store.sessions("bench");
                Records.Session before = sessions.get(sessions.size() - 1);
                long full = System.nanoTime() - t;
                t = System.nanoTime();
                Records.Session now = QuizRecorder.left(store, "bench").orElseThrow();
                long one = System.nanoTime() - t;
                if (!before.equals(now)) throw new AssertionError(before + " != " + now);
                if (i >= warmUp) {
                    all[i - warmUp] = full;
                    alone[i - warmUp] = one;
                    ratio[i - warmUp] = (double) full / one;
                }
            }
            System.out.printf("the quiz left midway, among %d sessions of %d answers: read alone median %.3f ms;"
                    + " every session read (as before) %.3f ms; ratio %.1f (median of %d rounds, middle half %.1f to"
                    + " %.1f); load average %s%n", SESSIONS, ANSWERS, Harness.median(alone) / 1e6,
                    Harness.median(all) / 1e6, Harness.median(ratio), ratio.length, Harness.quantile(ratio, 0.25),
                    Harness.quantile(ratio, 0.75), Harness.loadAverage());
        }
    }
}
