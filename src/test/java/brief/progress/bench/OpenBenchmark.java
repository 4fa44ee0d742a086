package brief.progress.bench;

import brief.bench.Harness;
import brief.model.Question;
import brief.progress.Plans;
import brief.progress.ProgressStore;
import brief.quiz.SessionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Opening a database of 100,000 answers as brief last left it, which skips the check for damage, against opening
 * it once something else has touched it (its note beside it gone), which reads it through; interleaved.
 * Run: {@code src/test/bench/run brief.progress.bench.OpenBenchmark}
 */
public final class OpenBenchmark {
    public static void main(String[] args) throws Exception {
        Path data = Files.createTempDirectory("brief-open");
        List<Question> questions = Harness.choices(40);
        try (ProgressStore store = ProgressStore.open(data, java.time.Clock.systemUTC())) {
            long s = store.startSession("bench", SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1,
                    Plans.of(100_000));
            Harness.answers(data.resolve("progress.db"), "bench", s, questions, 100_000, 3, k -> Instant.now());
        }
        int warmUp = 5;
        long[] skipped = new long[21];
        long[] checked = new long[skipped.length];
        double[] ratio = new double[skipped.length];
        for (int i = 0; i < warmUp + skipped.length; i++) {
            long t = System.nanoTime();
            ProgressStore.open(data, java.time.Clock.systemUTC()).close();
            long skip = System.nanoTime() - t;
            Files.delete(data.resolve("progress.db-checked"));
            t = System.nanoTime();
            ProgressStore.open(data, java.time.Clock.systemUTC()).close();
            long check = System.nanoTime() - t;
            if (i >= warmUp) {
                skipped[i - warmUp] = skip;
                checked[i - warmUp] = check;
                ratio[i - warmUp] = (double) check / skip;
            }
        }
        System.out.printf("open and close 100,000 answers: as brief left it (check skipped) median %.1f ms; touched"
                + " since (checked) %.1f ms; ratio %.1f (median of %d rounds); load average %s%n",
                Harness.median(skipped) / 1e6, Harness.median(checked) / 1e6, Harness.median(ratio), ratio.length,
                Harness.loadAverage());
    }
}
