package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Quizzes of the built jar killed at random moments, and two at once on one data folder. */
class FaultsIT {
    @TempDir
    Path dir;

    private static Process quiz(Path data, long seed) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Jar.JAR.toString(), "quiz", "--plain", "--all", "--seed", Long.toString(seed)).redirectErrorStream(true);
        pb.environment().put("BRIEF_HOME", data.toString());
        return pb.start();
    }

    @Test
    void killedAtRandomMomentsTwentyTimesNoAnsweredQuestionIsLost() throws Exception {
        Random random = new Random(20);
        Path data = dir.resolve("data");
        int seen = 0;
        for (int run = 0; run < 20; run++) {
            Process p = quiz(data, run);
            int answered = 0;
            try (OutputStream in = p.getOutputStream();
                 BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                int wanted = 1 + random.nextInt(6);
                String line;
                in.write("s\n".repeat(wanted).getBytes(StandardCharsets.UTF_8));
                in.flush();
                while (answered < wanted && (line = out.readLine()) != null) {
                    if (line.contains("Skipped")) answered++;
                }
                // Then kill it at a random moment: maybe mid-way through the next answer, maybe while it waits.
                in.write("s\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
                Thread.sleep(random.nextInt(40));
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            seen += answered;
            int stored = StoredAnswers.count(data);
            assertTrue(stored >= seen, "run " + run + ": " + seen + " answers shown as saved, " + stored + " stored");
        }
    }

    @Test
    void twoQuizzesAnsweringAtOnceKeepEveryAnswer() throws Exception {
        Path data = dir.resolve("shared");
        List<Process> quizzes = new ArrayList<>();
        for (int q = 0; q < 2; q++) {
            Process p = quiz(data, 100 + q);
            p.getOutputStream().write("s\n".repeat(100).getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            quizzes.add(p);
        }
        int asked = 0;
        for (Process p : quizzes) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
            assertTrue(!out.contains("not being saved"), out);
            Matcher total = Pattern.compile("(\\d+) questions, ").matcher(out);
            assertTrue(total.find(), out);
            asked += Integer.parseInt(total.group(1));
        }
        assertTrue(asked > 20, "each quiz asks every question of the briefing: " + asked);
        assertEquals(asked, StoredAnswers.count(data), "every question of each quiz answered");
    }
}
