package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quiz through the built jar: a pipe in, a summary out, progress in the data folder. */
class QuizIT {
    @TempDir
    Path home;

    private Map<String, String> env() {
        return Map.of("HOME", home.toString(), "BRIEF_HOME", home.resolve("brief").toString());
    }

    @Test
    void aPipedQuizPrintsItsSummaryAndStatsShowsTheSession() throws Exception {
        Jar.Result quiz = Jar.run(home, env(), "a\nb\nt\nstarting\n299bn\nq\n", "quiz", "--plain", "--seed", "1", "--count", "5");
        assertEquals(0, quiz.exitCode(), quiz.err());
        assertTrue(quiz.out().contains("Question 1 of 5"), quiz.out());
        assertTrue(quiz.out().contains("Result: "), quiz.out());
        assertEquals("", quiz.err());

        Jar.Result stats = Jar.run(home, env(), "", "stats");
        assertEquals(0, stats.exitCode(), stats.err());
        assertTrue(stats.out().contains("Sessions: 1"), stats.out());
        assertTrue(stats.out().contains("Mastery by card"), stats.out());

        Jar.Result json = Jar.run(home, env(), "", "stats", "--json");
        assertTrue(json.out().startsWith("{\n  \"briefing\": \"lee-beijing-visit\""), json.out());
        assertTrue(json.out().contains("\"sessions\": 1"), json.out());
    }

    @Test
    void aQuizKilledMidwayKeepsEveryAnswerGiven() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Jar.JAR.toString(), "quiz", "--plain", "--seed", "4");
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env());
        Process p = pb.start();
        int answered = 0;
        try (OutputStream in = p.getOutputStream();
             BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("s\ns\ns\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            String line;
            while (answered < 3 && (line = out.readLine()) != null) {
                if (line.contains("Skipped")) answered++;
            }
            p.destroyForcibly().waitFor();
        }
        assertEquals(3, answered);
        Jar.Result json = Jar.run(home, env(), "", "stats", "--json");
        assertTrue(json.out().contains("\"status\": \"interrupted\""), json.out());
        assertTrue(json.out().contains("\"answered\": 3,"), json.out());
    }

    @Test
    void saysWhenProgressCannotBeSavedButStillRunsTheQuiz() throws Exception {
        Path file = java.nio.file.Files.writeString(home.resolve("not-a-folder"), "x");
        Jar.Result quiz = Jar.run(home, Map.of("HOME", home.toString()), "s\n", "quiz", "--plain", "--count", "1",
                "--data-dir", file.resolve("brief").toString());
        assertEquals(0, quiz.exitCode());
        assertTrue(quiz.err().startsWith("brief: progress is not being saved: cannot create the data folder"), quiz.err());
        assertTrue(quiz.out().contains("Result: 0 of"), quiz.out());
    }
}
