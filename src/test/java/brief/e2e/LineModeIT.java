package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line mode as a user meets it: cards to a pipe, and a quiz in a 60-column terminal left with Ctrl-C. */
class LineModeIT {
    private static final String SERVER = "brief-line-it-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void cardsToAPipePrintsEveryCardWithoutWaitingForInput() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java(), "-jar", Jar.JAR.toString(), "cards").directory(dir.toFile());
        pb.environment().put("BRIEF_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        // Standard input stays open: the cards must not wait for a key.
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "brief cards finished by itself");
        assertEquals(0, p.exitValue());
        p.getOutputStream().close();
        for (int card = 1; card <= 8; card++) assertTrue(out.contains("\n── " + card + ". "), "card " + card + ":\n" + out);
        assertFalse(out.contains("[1/8] >"), "no prompt:\n" + out);
        assertTrue(out.contains("  [O] opinion: ") && out.contains("      Evidence: "), out);
    }

    private static String tmux(String... args) throws Exception {
        return Tmux.on(SERVER, args);
    }

    private static String waitFor(String text) throws Exception {
        String s = "";
        for (int i = 0; i < 600; i++) {
            s = tmux("capture-pane", "-p", "-t", SERVER);
            if (s.contains(text)) return s;
            Thread.sleep(100);
        }
        throw new AssertionError("never saw '" + text + "' on the screen:\n" + s);
    }

    @AfterEach
    void stop() throws Exception {
        if (Tmux.available()) tmux("kill-server");
    }

    @Test
    void atSixtyColumnsLinesBreakAtWordsAndCtrlCSaysWhatWasSavedAndExits130() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        Path exit = dir.resolve("exit");
        String script = "BRIEF_HOME=" + dir.resolve("data") + " " + java() + " -jar " + Jar.JAR
                + " quiz --plain --seed 3 --count 4; echo $? > " + exit + "; echo DONE; sleep 60";
        tmux("new-session", "-d", "-s", SERVER, "-x", "60", "-y", "40", "bash", "-c", script);
        waitFor("Question 1 of 4");
        tmux("send-keys", "-t", SERVER, "s", "Enter");
        String screen = waitFor("Question 2 of 4");
        Jar.Result piped = Jar.run(dir, Map.of("BRIEF_HOME", dir.resolve("piped").toString()), "s\n", "quiz",
                "--plain", "--seed", "3", "--count", "4");
        assertTrue(piped.out().lines().anyMatch(l -> l.length() > 60), "the same quiz has lines to fold:\n" + piped.out());
        Set<String> words = new HashSet<>(List.of(piped.out().split("\\s+")));
        for (String word : screen.strip().split("\\s+")) {
            assertTrue(words.contains(word), "'" + word + "' is a word cut at the edge:\n" + screen);
        }
        tmux("send-keys", "-t", SERVER, "C-c");
        String after = waitFor("DONE");
        assertTrue(after.contains("\nLeft after 1 of 4 questions; 1 answer saved.\n"), after);
        assertEquals("130", Files.readString(exit).strip(), "the shell sees an interrupt");
    }
}
