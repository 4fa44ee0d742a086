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
    /** The most rows the footer may take; at the narrowest width it needs two. */
    private static final int MAX_FOOTER = 3;
    private boolean help;
    private Scroll helpScroll = new Scroll();
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
            if (Key.ctrlC(key)) break;
            if (tooSmall()) {
                if (key.getKeyType() == KeyType.Escape || Key.is(key, 'q')) break;
                continue;
            }
            if (help) {
                if (helpScroll.keys(new KeyTable(), true).handle(key) == null) help = false;
                continue;
            }
            View top = views.peek();
            View.Step step = Key.F1.matches(key) ? null : top.key(key);
            if (step == null && (Key.F1.matches(key) || Key.is(key, '?'))) {
                help = true;
                helpScroll = new Scroll();
                continue;
            }
            if (step != null) step(step);
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
        KeyTable keys = top.keys();
        List<String> footer = keys.footer(w - 2);
        if (footer.size() > MAX_FOOTER) footer = footer.subList(0, MAX_FOOTER);
        Canvas frame = new Canvas(g, w, h, false);
        String right = "? help  Esc back";
        frame.text(0, 1, Canvas.clip("brief · " + top.title(), w - right.length() - 4), Canvas.Style.BOLD);
        frame.text(0, Math.max(0, w - right.length() - 1), right, Canvas.Style.DIM);
        frame.rule(1);
        int bodyRows = h - 3 - footer.size();
        TextGraphics body = g.newTextGraphics(new TerminalPosition(0, 2), new TerminalSize(w, bodyRows));
        top.draw(new Canvas(body, w, bodyRows, colour));
        frame.rule(h - 1 - footer.size());
        for (int i = 0; i < footer.size(); i++) frame.text(h - footer.size() + i, 1, footer.get(i), Canvas.Style.DIM);
        if (help) drawHelp(g, frame, top, keys);
        screen.refresh();
    }

    FullScreen colour(boolean wanted) {
        this.colour = wanted;
        return this;
    }

    /** The keys of the screen in a box over it, scrolled when they do not fit. */
    private void drawHelp(TextGraphics g, Canvas c, View top, KeyTable keys) {
        List<KeyTable.Binding> lines = new ArrayList<>(keys.bindings());
        Key[] helpKeys = keys.handles(Key.chr('?').sample()) ? new Key[] {Key.F1} : new Key[] {Key.chr('?'), Key.F1};
        lines.add(new KeyTable.Binding(List.of(helpKeys), null, "this help", null, k -> View.Step.STAY));
        lines.add(new KeyTable.Binding(List.of(Key.ctrl('c')), null, "leave brief at once (answers are kept)", null,
                k -> View.Step.STAY));
        int room = Math.min(c.width - 6, 80);
        Page page = new Page(room);
        page.wrapped(0, room, "Keys: " + top.title(), Canvas.Style.BOLD, "", "  ");
        page.blank();
        for (String line : KeyTable.help(lines, room)) page.line(0, line, Canvas.Style.PLAIN);
        page.blank();
        page.line(0, "Any other key closes this.", Canvas.Style.DIM);
        int inner = 0;
        for (String line : page.texts()) inner = Math.max(inner, brief.render.DisplayWidth.of(line));
        inner = Math.min(room, inner + 1);
        int boxWidth = inner + 4;
        int rows = Math.min(page.size(), c.height - 4);
        int top0 = Math.max(1, (c.height - rows - 2) / 2);
        int left = Math.max(0, (c.width - boxWidth) / 2);
        String edge = "─".repeat(boxWidth - 2);
        c.text(top0, left, "┌" + edge + "┐");
        for (int i = 0; i < rows; i++) c.text(top0 + 1 + i, left, "│" + " ".repeat(boxWidth - 2) + "│");
        c.text(top0 + 1 + rows, left, "└" + edge + "┘");
        TextGraphics box = g.newTextGraphics(new TerminalPosition(left + 2, top0 + 1), new TerminalSize(inner, rows));
        helpScroll.draw(new Canvas(box, inner, rows, false), 0, rows, page);
    }
}
