package brief.ui.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The full-screen UI: a stack of views over one Lanterna screen, redrawn whole after every key. It never
 * opens a window of its own, and whatever happens it leaves the terminal as it found it.
 */
public final class FullScreen {
    public static final int MIN_WIDTH = 60;
    public static final int MIN_HEIGHT = 18;
    /** Stands for "nothing typed, but redraw": the window was resized. */
    static final KeyStroke REDRAW = new KeyStroke(KeyType.Unknown);

    private final Screen screen;
    private final Deque<View> views = new ArrayDeque<>();
    private boolean help;
    private boolean colour = true;

    /** Where keys come from; null means there are no more (tests) and the loop ends. */
    interface Keys {
        KeyStroke next() throws IOException;
    }

    FullScreen(Screen screen, View first) {
        this.screen = screen;
        views.push(first);
    }

    /** Runs on the terminal this process has, text only, until the reader leaves. */
    public static void run(App app, View first) throws IOException {
        DefaultTerminalFactory factory = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8);
        factory.setForceTextTerminal(true);
        factory.setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP);
        Terminal terminal = factory.createTerminal();
        TerminalScreen screen = new TerminalScreen(terminal);
        AtomicBoolean stopped = new AtomicBoolean();
        Runnable restore = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    screen.stopScreen();
                    terminal.close();
                } catch (IOException | RuntimeException ignored) {
                    // The terminal is going away; nothing more can be restored.
                }
            }
        };
        // SIGTERM and SIGHUP run shutdown hooks: give the terminal back even then.
        Thread hook = new Thread(restore, "brief-restore-terminal");
        Runtime.getRuntime().addShutdownHook(hook);
        FullScreen ui = new FullScreen(screen, first).colour(app.colour());
        try {
            screen.startScreen();
            screen.setCursorPosition(null);
            ui.loop(() -> {
                while (true) {
                    KeyStroke k = screen.pollInput();
                    if (k != null) return k;
                    if (screen.doResizeIfNecessary() != null) return REDRAW;
                    try {
                        Thread.sleep(15);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
            });
        } finally {
            ui.leaveAll();
            restore.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException ignored) {
                // Already shutting down: the hook runs restore, which has run.
            }
        }
    }

    /** Draws, reads a key, hands it to the top view; until the last view closes or the keys run out. */
    void loop(Keys keys) throws IOException {
        while (!views.isEmpty()) {
            screen.doResizeIfNecessary();
            draw();
            KeyStroke key = keys.next();
            if (key == null || key.getKeyType() == KeyType.EOF) break;
            if (key == REDRAW) continue;
            if (isCtrlC(key)) break;
            if (tooSmall()) {
                if (key.getKeyType() == KeyType.Escape || isChar(key, 'q')) break;
                continue;
            }
            if (help) {
                help = false;
                continue;
            }
            View top = views.peek();
            if (key.getKeyType() == KeyType.F1 || isChar(key, '?') && !top.typing()) {
                help = true;
                continue;
            }
            step(top.key(key));
        }
        leaveAll();
    }

    private void step(View.Step step) {
        if (step instanceof View.Step.Back) {
            views.pop();
            if (!views.isEmpty()) views.peek().resumed();
        } else if (step instanceof View.Step.Exit) {
            leaveAll();
        } else if (step instanceof View.Step.Open open) {
            views.push(open.view());
        } else if (step instanceof View.Step.Replace replace) {
            views.pop();
            views.push(replace.view());
        }
    }

    private void leaveAll() {
        while (!views.isEmpty()) views.pop().leave();
    }

    boolean open() {
        return !views.isEmpty();
    }

    private boolean tooSmall() {
        TerminalSize size = screen.getTerminalSize();
        return size.getColumns() < MIN_WIDTH || size.getRows() < MIN_HEIGHT;
    }

    void draw() throws IOException {
        screen.clear();
        TerminalSize size = screen.getTerminalSize();
        TextGraphics g = screen.newTextGraphics();
        int w = size.getColumns();
        int h = size.getRows();
        if (views.isEmpty()) {
            screen.refresh();
            return;
        }
        if (tooSmall()) {
            Canvas c = new Canvas(g, w, h, false);
            String[] lines = {"The window is too small for brief.", "Make it at least " + MIN_WIDTH + "×" + MIN_HEIGHT
                    + " (now " + w + "×" + h + ").", "q leaves."};
            for (int i = 0; i < lines.length; i++) c.text(Math.max(0, h / 2 - 1) + i, 1, lines[i]);
            screen.refresh();
            return;
        }
        View top = views.peek();
        Canvas frame = new Canvas(g, w, h, false);
        String right = "? help  Esc back";
        frame.text(0, 1, Canvas.clip("brief · " + top.title(), w - right.length() - 4), Canvas.Style.BOLD);
        frame.text(0, Math.max(0, w - right.length() - 1), right, Canvas.Style.DIM);
        frame.rule(1);
        TextGraphics body = g.newTextGraphics(new TerminalPosition(0, 2), new TerminalSize(w, h - 4));
        top.draw(new Canvas(body, w, h - 4, colourWanted()));
        frame.rule(h - 2);
        frame.text(h - 1, 1, top.hints(), Canvas.Style.DIM);
        if (help) drawHelp(frame, top);
        screen.refresh();
    }

    private boolean colourWanted() {
        return colour;
    }

    FullScreen colour(boolean wanted) {
        this.colour = wanted;
        return this;
    }

    private void drawHelp(Canvas c, View top) {
        List<String> lines = new ArrayList<>();
        lines.add("Keys: " + top.title());
        lines.add("");
        lines.addAll(top.keys());
        lines.add("?, F1        this help");
        lines.add("Ctrl-C       leave brief at once (answers are kept)");
        lines.add("");
        lines.add("Press any key to close.");
        int boxWidth = Math.min(c.width - 4, lines.stream().mapToInt(brief.render.DisplayWidth::of).max().orElse(20) + 4);
        int top0 = Math.max(2, (c.height - lines.size() - 2) / 2);
        int left = Math.max(1, (c.width - boxWidth) / 2);
        String edge = "─".repeat(boxWidth - 2);
        c.text(top0, left, "┌" + edge + "┐");
        for (int i = 0; i < lines.size(); i++) {
            String line = Canvas.clip(lines.get(i), boxWidth - 4);
            int pad = boxWidth - 4 - brief.render.DisplayWidth.of(line);
            c.text(top0 + 1 + i, left, "│ " + line + " ".repeat(Math.max(0, pad)) + " │", i == 0 ? Canvas.Style.BOLD
                    : Canvas.Style.PLAIN);
        }
        c.text(top0 + 1 + lines.size(), left, "└" + edge + "┘");
    }

    static boolean isChar(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && k.getCharacter() == c && !k.isCtrlDown() && !k.isAltDown();
    }

    static boolean isCtrlC(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && (k.getCharacter() == 'c' || k.getCharacter() == 'C');
    }
}
