package brief.ui.tui;

import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** The full screen on a virtual terminal: keys queued, the frame read back as text. */
final class Harness implements AutoCloseable {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final ProgressStore store;
    final App app;
    final FullScreen ui;
    private final Deque<Object> script = new ArrayDeque<>();

    Harness(Path data, int columns, int rows, Function<App, View> first, List<LoadedBriefing> briefings) throws Exception {
        terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        store = ProgressStore.open(data);
        AtomicLong clock = new AtomicLong();
        app = new App(briefings, store, () -> clock.addAndGet(2_000_000_000L), false);
        ui = new FullScreen(screen, first.apply(app)).colour(false);
    }

    /** A briefing written for the screen tests: a long card, and a question of every type with long options. */
    static LoadedBriefing glacier() throws Exception {
        return Library.load(List.of(Path.of("src/test/resources/screens/briefings")), false).find("glacier-survey");
    }

    /** Dates and times of today's sessions written as placeholders, so that a frame can be compared whole. */
    static String undated(String frame) {
        return frame.replaceAll("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}", "YYYY-MM-DD hh:mm")
                .replaceAll("\\d{4}-\\d{2}-\\d{2}", "YYYY-MM-DD");
    }

    /** The frames kept by {@link #snap()}, in order. */
    List<String> snapshots() {
        return List.copyOf(snapshots);
    }

    Harness keys(String typed) {
        for (char c : typed.toCharArray()) script.add(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        return this;
    }

    Harness key(KeyType type) {
        script.add(new KeyStroke(type));
        return this;
    }

    Harness ctrl(char c) {
        script.add(new KeyStroke(c, true, false));
        return this;
    }

    /** Resizes the terminal when the script reaches this point. */
    Harness resize(int columns, int rows) {
        script.add(new TerminalSize(columns, rows));
        return this;
    }

    private static final Object SNAPSHOT = new Object();
    private final List<String> snapshots = new java.util.ArrayList<>();

    /** Keeps the frame as it is at this point of the script, for {@link #snapshot(int)}. */
    Harness snap() {
        script.add(SNAPSHOT);
        return this;
    }

    String snapshot(int index) {
        return snapshots.get(index);
    }

    /** Runs the queued keys through the UI; the loop ends when they run out. Returns the last frame drawn. */
    String run() throws Exception {
        ui.loop(() -> {
            while (!script.isEmpty()) {
                Object next = script.poll();
                if (next == SNAPSHOT) {
                    snapshots.add(frame());
                    continue;
                }
                if (next instanceof TerminalSize size) {
                    terminal.setTerminalSize(size);
                    return FullScreen.REDRAW;
                }
                return (KeyStroke) next;
            }
            return null;
        });
        return frame();
    }

    /** The screen as text, one line per row, wide characters written once. */
    String frame() {
        TerminalSize size = screen.getTerminalSize();
        StringBuilder out = new StringBuilder();
        for (int row = 0; row < size.getRows(); row++) {
            StringBuilder line = new StringBuilder();
            for (int col = 0; col < size.getColumns(); col++) {
                TextCharacter ch = screen.getFrontCharacter(col, row);
                if (ch == null) continue;
                line.append(ch.getCharacterString());
                if (ch.isDoubleWidth()) col++;
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    @Override
    public void close() throws Exception {
        screen.stopScreen();
        store.close();
    }
}
