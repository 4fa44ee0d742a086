package brief.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import brief.progress.Records;
import brief.quiz.QuizSession;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C typed at a prompt of JLine's line editor, as on a terminal. */
class CtrlCTest {
    @TempDir
    Path dir;

    /** The output so far, once it contains {@code text}. */
    private static String waitFor(ByteArrayOutputStream out, String text) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            String s = out.toString(StandardCharsets.UTF_8);
            if (s.contains(text)) return s;
            Thread.sleep(25);
        }
        throw new AssertionError("never saw '" + text + "' in:\n" + out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void ctrlCMidQuizEndsTheLineSaysWhatWasSavedAndEndsAsInterrupted() throws Exception {
        LoadedBriefing b = LakeBriefing.load();
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal terminal = TerminalBuilder.builder().system(false).streams(in, out).type("xterm")
                .encoding(StandardCharsets.UTF_8).size(new org.jline.terminal.Size(80, 24)).build();
        try (ProgressStore store = ProgressStore.open(dir); LineIO io = LineIO.editing(terminal)) {
            QuizSession session = new QuizSession(b.briefing(), LakeBriefing.questions(b, 1));
            CompletableFuture<Throwable> quiz = CompletableFuture.supplyAsync(() -> {
                try {
                    new LineQuiz(io, store, System::nanoTime, "plain").run(session, 1);
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            keys.write("s\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            waitFor(out, "Question 2 of 3");
            keys.write(3);
            keys.flush();
            Throwable ended = quiz.get(10, TimeUnit.SECONDS);
            assertTrue(ended instanceof LineIO.Interrupted, "Ctrl-C ends the quiz as interrupted, not as " + ended);
            String screen = out.toString(StandardCharsets.UTF_8);
            assertTrue(screen.endsWith("\r\nLeft after 1 of 3 questions; 1 answer saved.\r\n"),
                    "the line is ended, then what was saved is said:\n" + screen);
            Records.Session saved = store.sessions("lake-varen").get(0);
            assertEquals(1, saved.answered());
            assertEquals("quit", saved.status());
        }
    }
}
