package brief.ui.tui;

import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

/** Times the full screen's work per key: the view's handling of it and a whole redraw of the frame. */
public final class Bench {
    private Bench() {}

    public static String keystrokes(int columns, int rows, int warmup, int runs) throws Exception {
        LoadedBriefing seed = Library.load(List.of(), true).find("lee-beijing-visit");
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try (ProgressStore store = ProgressStore.open(Files.createTempDirectory("brief-bench"), java.time.Clock.systemUTC())) {
            App app = new App(List.of(seed), store, System::nanoTime, true);
            QuizSession session = new QuizSession(seed.briefing(),
                    new QuizPlan(null, null, null, null, 1).questions(seed.briefing()));
            FullScreen ui = new FullScreen(screen, new QuizView(app, session, 1));
            // Moving the cursor up and down in the first question: the view's handling and a full redraw each time.
            KeyStroke[] keys = {new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.ArrowUp)};
            long[] times = new long[runs];
            int[] n = {0};
            long[] last = {System.nanoTime()};
            ui.loop(() -> {
                long now = System.nanoTime();
                int i = n[0]++;
                if (i > warmup && i - warmup - 1 < runs) times[i - warmup - 1] = now - last[0];
                if (i >= warmup + runs) return null;
                last[0] = System.nanoTime();
                return keys[i % 2];
            });
            Arrays.sort(times);
            return String.format("keystroke + redraw on %dx%d: median %.3f ms, p99 %.3f ms (n=%d); target: median under 2 ms",
                    columns, rows, times[runs / 2] / 1e6, times[(int) Math.ceil(runs * 0.99) - 1] / 1e6, runs);
        } finally {
            screen.stopScreen();
        }
    }
}
