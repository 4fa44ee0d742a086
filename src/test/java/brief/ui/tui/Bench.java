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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times the full screen's work per key: the view's handling of it and a whole redraw of the frame, against a
 * baseline measured in the same run, turn about: the same loop and redraw with a screen that draws nothing.
 */
public final class Bench {
    private Bench() {}

    /** A screen with nothing on it and no keys: what the loop, Lanterna's clear and refresh cost alone. */
    private static final class Blank implements View {
        public String title() {
            return "";
        }

        public void draw(Canvas c) {}

        public KeyTable keys() {
            return new KeyTable();
        }
    }

    public static String keystrokes(int columns, int rows, int warmup, int runs) throws Exception {
        LoadedBriefing seed = Library.load(List.of(), true).find("lee-beijing-visit");
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try (ProgressStore store = ProgressStore.open(Files.createTempDirectory("brief-bench"))) {
            App app = new App(List.of(seed), store, System::nanoTime, true);
            var questions = new QuizPlan(null, null, null, null, 1).questions(seed.briefing());
            Supplier<View> quiz = () -> new QuizView(app, new QuizSession(seed.briefing(), questions), 1);
            List<Long> quizTimes = new ArrayList<>();
            List<Long> blankTimes = new ArrayList<>();
            int rounds = 6;
            time(screen, quiz.get(), warmup, new ArrayList<>());
            time(screen, new Blank(), warmup, new ArrayList<>());
            for (int r = 0; r < rounds; r++) {
                time(screen, quiz.get(), runs / rounds, quizTimes);
                time(screen, new Blank(), runs / rounds, blankTimes);
            }
            double q = median(quizTimes) / 1e6;
            double b = median(blankTimes) / 1e6;
            return String.format("keystroke + redraw on %dx%d: median %.3f ms, p99 %.3f ms (n=%d); a bare redraw: median %.3f ms;"
                    + " ratio %.2f; target: median under 2 ms", columns, rows, q, percentile(quizTimes, 0.99) / 1e6,
                    quizTimes.size(), b, q / b);
        } finally {
            screen.stopScreen();
        }
    }

    /** Moves the cursor down and up in the first question: each key handled and the whole frame redrawn. */
    private static void time(TerminalScreen screen, View first, int runs, List<Long> into) throws Exception {
        FullScreen ui = new FullScreen(screen, first);
        KeyStroke[] keys = {new KeyStroke(KeyType.ArrowDown), new KeyStroke(KeyType.ArrowUp)};
        int[] n = {0};
        long[] last = {System.nanoTime()};
        ui.loop(() -> {
            long now = System.nanoTime();
            int i = n[0]++;
            if (i > 0) into.add(now - last[0]);
            if (i >= runs) return null;
            last[0] = System.nanoTime();
            return keys[i % 2];
        });
    }

    private static double median(List<Long> times) {
        return percentile(times, 0.5);
    }

    private static double percentile(List<Long> times, double p) {
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)];
    }
}
