package brief.draft.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * 'brief draft' of a 1,000-word article, run as a user runs it (the built jar, models loaded each time), against
 * 'brief --version' as the baseline of the same JVM and options, interleaved; peak memory from /usr/bin/time.
 * Run: src/test/bench/run brief.draft.bench.DraftBenchmark [ROUNDS]
 */
public final class DraftBenchmark {
    private static final String[] ARTICLES = {"news.txt", "court.txt", "science.txt", "sports.txt", "noquotes.txt",
            "opinion.txt"};
    private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:+UseSerialGC", "-XX:-UsePerfData", "-Xlog:disable");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = Files.createTempDirectory("brief-draft-bench");
        Path article = dir.resolve("article.txt");
        int words = writeArticle(article, 1000);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of("target", "brief.jar").toAbsolutePath().toString();
        double[] draft = new double[rounds];
        double[] baseline = new double[rounds];
        long peakKb = 0;
        run(dir, time(java, jar, "draft", "article.txt", "--force"));
        for (int i = 0; i < rounds; i++) {
            long[] b = run(dir, time(java, jar, "--version"));
            long[] d = run(dir, time(java, jar, "draft", "article.txt", "--force"));
            baseline[i] = b[0] / 1e6;
            draft[i] = d[0] / 1e6;
            peakKb = Math.max(peakKb, d[1]);
        }
        double medianDraft = median(draft);
        double medianBase = median(baseline);
        System.out.printf(Locale.ROOT, "article: %d words; %d rounds, interleaved (the machine may be loaded)%n", words, rounds);
        System.out.printf(Locale.ROOT, "brief --version (baseline): median %.0f ms%n", medianBase);
        System.out.printf(Locale.ROOT, "brief draft:                median %.0f ms (%.1fx the baseline; target under 2000 ms)%n",
                medianDraft, medianDraft / medianBase);
        System.out.printf(Locale.ROOT, "brief draft peak memory:    %d MB (target under 300 MB)%n", peakKb / 1024);
    }

    private static List<String> time(String java, String jar, String... args) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-f", "%M", java));
        command.addAll(JVM);
        command.addAll(List.of("-jar", jar));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** Wall time in nanoseconds and the peak resident memory in kB of one run. */
    private static long[] run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path err = dir.resolve("err.txt");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        int code = p.waitFor();
        long elapsed = System.nanoTime() - start;
        List<String> lines = Files.readAllLines(err);
        if (code != 0) throw new IllegalStateException(String.join(" ", command) + " failed: " + lines);
        return new long[] {elapsed, Long.parseLong(lines.get(lines.size() - 1).strip())};
    }

    private static int writeArticle(Path file, int wanted) throws IOException {
        StringBuilder text = new StringBuilder("Ten stories from one week in the county\n\n");
        int words = 0;
        for (int round = 0; words < wanted; round++) {
            for (String name : ARTICLES) {
                if (words >= wanted) break;
                try (InputStream in = DraftBenchmark.class.getResourceAsStream("/draft/" + name)) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    body = body.substring(body.indexOf('\n') + 1).strip();
                    text.append(body).append("\n\n");
                    words += body.split("\\s+").length;
                }
            }
        }
        Files.writeString(file, text);
        return words;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
