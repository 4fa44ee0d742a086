package brief.progress.bench;

import static brief.bench.Harness.median;

import brief.progress.Plans;
import brief.progress.ProgressStore;
import brief.quiz.Answered;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;

/**
 * How long recording one answer durably takes, against the floor of any durable write on this machine:
 * appending a few bytes to a file and forcing them to disk, measured in the same run.
 * Run: {@code src/test/bench/run brief.progress.bench.RecordAnswerBenchmark}
 */
public final class RecordAnswerBenchmark {
    private static final int WARMUP = 50;
    private static final int RUNS = 500;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("brief-bench");
        long[] fsync = new long[RUNS];
        try (FileChannel ch = FileChannel.open(dir.resolve("floor"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long t = System.nanoTime();
                ch.write(ByteBuffer.wrap(("answer " + i + "\n").getBytes()));
                ch.force(false);
                if (i >= WARMUP) fsync[i - WARMUP] = System.nanoTime() - t;
            }
        }
        long[] record = new long[RUNS];
        try (ProgressStore store = ProgressStore.open(dir.resolve("data"), java.time.Clock.systemUTC())) {
            long session = store.startSession("bench", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1, Plans.of(WARMUP + RUNS));
            for (int i = 0; i < WARMUP + RUNS; i++) {
                Answered a = new Answered("q" + (i % 40), "0123456789abcdef", "card", "b", 1, 2, 2, false, false,
                        Duration.ofSeconds(4));
                long t = System.nanoTime();
                store.recordAnswer(session, "bench", a);
                if (i >= WARMUP) record[i - WARMUP] = System.nanoTime() - t;
            }
        }
        System.out.printf("record one answer durably: median %.2f ms, p99 %.2f ms; write+fsync floor: median %.2f ms;"
                        + " ratio %.2f (n=%d)%n", ms(median(record)), ms(p99(record)), ms(median(fsync)),
                (double) median(record) / median(fsync), RUNS);
    }

    static long p99(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(s.length * 0.99) - 1];
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
