package brief.bench;

import static brief.bench.Harness.median;

import brief.content.Article;
import brief.content.BriefingLoader;
import brief.model.Briefing;
import brief.model.Question;
import brief.progress.Plans;
import brief.progress.ProgressStore;
import brief.progress.Stats;
import brief.progress.bench.ScheduleBenchmark;
import brief.quiz.QuizPlan;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Scale: a generated briefing of 10,000 questions and 2,000 cards, loaded and validated, against SnakeYAML
 * composing the same file alone (target: at most 1.3x); and stats over 100,000 recorded answers (target:
 * under half a second). Both print the machine's load average: figures taken on a busy machine say so.
 * Run: {@code src/test/bench/run brief.bench.ScaleBenchmark}
 */
public final class ScaleBenchmark {
    public static void main(String[] args) throws Exception {
        StringBuilder article = new StringBuilder();
        StringBuilder yaml = new StringBuilder("version: 1\nid: big\ntitle: Big\nlead: Lead.\nsource:\n  path: a.txt\n"
                + "  title: T\n  outlet: O\n  kind: news\n  perspective: P.\nbluf: B.\ncards:\n");
        for (int c = 0; c < 2000; c++) {
            article.append("Sentence number ").append(c).append(" of the article says something. ");
            yaml.append("  - id: c").append(c).append("\n    title: Card ").append(c).append("\n    topic: t")
                    .append(c % 20).append("\n    points:\n      - id: p").append(c).append("\n        text: Point ")
                    .append(c).append(".\n        kind: fact\n        evidence: Sentence number ").append(c)
                    .append(" of the article\n");
        }
        yaml.append("questions:\n");
        for (int q = 0; q < 10_000; q++) {
            int c = q % 2000;
            yaml.append("  - id: q").append(q).append("\n    type: choice\n    prompt: Which number is sentence ")
                    .append(c).append("?\n    card: c").append(c).append("\n    difficulty: 1\n    explain: It is ")
                    .append(c).append(".\n    evidence: Sentence number ").append(c)
                    .append("\n    options:\n      - {id: a, text: '").append(c).append("'}\n      - {id: b, text: '")
                    .append(c + 1).append("'}\n    answer: a\n");
        }
        byte[] bytes = yaml.toString().getBytes(StandardCharsets.UTF_8);
        String text = yaml.toString();
        String articleText = article.toString();
        BriefingLoader loader = new BriefingLoader();
        // Interleaved, after a warm-up long enough for the JIT to settle, each timed from a collected heap so
        // that neither pays for the other's garbage. The ratio is the median of each round's own ratio: a round's
        // two timings are taken side by side, so a machine busy for a while slows both.
        int warmUp = 8;
        long[] compose = new long[21];
        long[] load = new long[compose.length];
        double[] ratio = new double[compose.length];
        // The thread's CPU time too, steadier on a busy machine though it leaves out the collector's threads.
        double[] cpuRatio = new double[compose.length];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Briefing big = null;
        for (int i = 0; i < warmUp + compose.length; i++) {
            System.gc();
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(BriefingLoader.MAX_BYTES);
            new Composer(new ParserImpl(new StreamReader(new StringReader(text)), options), new Resolver(), options)
                    .getSingleNode();
            long composed = System.nanoTime() - t;
            long composedCpu = threads.getCurrentThreadCpuTime() - c;
            System.gc();
            c = threads.getCurrentThreadCpuTime();
            t = System.nanoTime();
            // A fresh article each time, as each load reads it: its search index is built within the time.
            big = loader.load("big.yaml", bytes, path -> new Article(articleText), "big").briefing();
            long loaded = System.nanoTime() - t;
            long loadedCpu = threads.getCurrentThreadCpuTime() - c;
            if (i >= warmUp) {
                cpuRatio[i - warmUp] = (double) loadedCpu / composedCpu;
                compose[i - warmUp] = composed;
                load[i - warmUp] = loaded;
                ratio[i - warmUp] = (double) loaded / composed;
            }
        }
        System.out.printf("load+validate %,d questions, %,d cards (%,d bytes): median %.0f ms; SnakeYAML compose alone:"
                + " %.0f ms; ratio %.2f (median of %d rounds, middle half %.2f to %.2f; target 1.3); in the thread's"
                + " CPU time %.2f; load average %s%n", big.questions().size(), big.cards().size(), bytes.length, median(load) / 1e6, median(compose) / 1e6,
                Harness.median(ratio), ratio.length, Harness.quantile(ratio, 0.25), Harness.quantile(ratio, 0.75),
                Harness.median(cpuRatio), Harness.loadAverage());

        Path data = Files.createTempDirectory("brief-scale");
        try (ProgressStore store = ProgressStore.open(data, java.time.Clock.systemUTC())) {
            List<Question> questions = QuizPlan.allQuestions(big);
            long session = store.startSession("big", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1, Plans.of(100_000));
            Harness.answers(data.resolve("progress.db"), "big", session, questions, 100_000, 3, k -> java.time.Instant.now());
            // Interleaved with a bare read of the same rows, the floor any replay stands on.
            long[] stats = new long[11];
            long[] bare = new long[stats.length];
            for (int i = 0; i < stats.length + 3; i++) {
                System.gc();
                long t = System.nanoTime();
                ScheduleBenchmark.bareRead(data.resolve("progress.db"));
                long b = System.nanoTime() - t;
                System.gc();
                t = System.nanoTime();
                Stats.of(big, questions, store);
                if (i >= 3) {
                    stats[i - 3] = System.nanoTime() - t;
                    bare[i - 3] = b;
                }
            }
            System.out.printf("stats over 100,000 answers of %,d questions: median %.0f ms (target under 500 ms);"
                    + " bare read of the rows: %.0f ms; ratio %.2f; load average %s%n", questions.size(),
                    median(stats) / 1e6, median(bare) / 1e6, (double) median(stats) / median(bare), Harness.loadAverage());
        }
    }
}
