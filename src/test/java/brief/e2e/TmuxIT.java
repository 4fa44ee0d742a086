package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full screen in a real terminal (tmux): a question answered, Ctrl-C, and the terminal as it was. */
class TmuxIT {
    private static final String SESSION = "brief-it-" + ProcessHandle.current().pid();

    @TempDir
    Path dir;

    private static String tmux(String... args) throws Exception {
        return Tmux.on(SESSION, args);
    }

    private static String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", SESSION);
    }

    /** The screen once it shows every one of these texts: a capture can land halfway through a redraw. */
    private static String waitFor(String... texts) throws Exception {
        String s = "";
        for (int i = 0; i < 100; i++) {
            s = screen();
            String shown = s;
            if (Arrays.stream(texts).allMatch(shown::contains)) return s;
            Thread.sleep(100);
        }
        throw new AssertionError("never saw all of " + Arrays.toString(texts) + " on the screen:\n" + s);
    }

    @AfterEach
    void stop() throws Exception {
        if (Tmux.available()) tmux("kill-server");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"TERM", "HUP"})
    void aSignalToTheFullScreenLeavesTheTerminalAsItWas(String signal) throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        Path flags = dir.resolve("flags");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String stty = "stty -a | grep -o -E '(-)?(icanon|echo|isig|icrnl|opost|ixon) ' | tr -d '\\n'";
        // The quiz runs in the foreground (it needs the terminal) from a shell that first notes its own pid.
        String script = stty + " > " + flags + ".before; BRIEF_HOME=" + dir.resolve("data") + " bash -c 'echo $$ > "
                + flags + ".pid; exec " + java + " -jar " + Jar.JAR + " quiz --all --seed 2'; " + stty + " > " + flags
                + ".after; echo DONE; sleep 60";
        tmux("new-session", "-d", "-s", SESSION, "-x", "100", "-y", "30", "bash", "-c", script);
        waitFor("Question 1 of ", "skip · ");
        String pid = Files.readString(Path.of(flags + ".pid")).strip();
        Tmux.run("kill", "-" + signal, pid);
        String after = waitFor("DONE");
        assertTrue(!after.contains("Question 1 of "), "the main screen is back:\n" + after);
        assertEquals(Files.readString(Path.of(flags + ".before")), Files.readString(Path.of(flags + ".after")),
                "terminal settings are as they were after SIG" + signal);
    }

    @Test
    void answersAQuestionThenCtrlCLeavesTheTerminalAsItWas() throws Exception {
        assumeTrue(Tmux.available(), "tmux is not installed");
        Path flags = dir.resolve("flags");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String stty = "stty -a | grep -o -E '(-)?(icanon|echo|isig|icrnl|opost|ixon) ' | tr -d '\\n'";
        String script = stty + " > " + flags + ".before; BRIEF_HOME=" + dir.resolve("data") + " " + java + " -jar "
                + Jar.JAR + " quiz --all --seed 2; echo \"exit=$?\" > " + flags + ".exit; " + stty + " > " + flags + ".after; "
                + "tput cnorm; echo DONE; sleep 60";
        tmux("new-session", "-d", "-s", SESSION, "-x", "100", "-y", "30", "bash", "-c", script);
        waitFor("Question 1 of ", "score 0/0", "skip · ");
        tmux("send-keys", "-t", SESSION, "C-n");
        waitFor("Skipped");
        tmux("send-keys", "-t", SESSION, "Enter");
        waitFor("Question 2 of ");
        tmux("send-keys", "-t", SESSION, "C-c");
        String after = waitFor("DONE");
        assertTrue(!after.contains("Question 2 of "), "the main screen is back:\n" + after);
        assertEquals("exit=0", Files.readString(Path.of(flags + ".exit")).strip());
        assertEquals(Files.readString(Path.of(flags + ".before")), Files.readString(Path.of(flags + ".after")),
                "terminal settings (echo, line mode, signals) are as they were");
        Jar.Result stats = Jar.run(dir, Map.of("BRIEF_HOME", dir.resolve("data").toString()), "", "stats", "--json");
        assertTrue(stats.out().contains("\"answered\": 1,"), stats.out());
    }
}
