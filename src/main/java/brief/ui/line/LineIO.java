package brief.ui.line;

import brief.content.Safe;
import java.io.IOError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;
import org.jline.utils.Signals;

/**
 * One prompt at a time over a JLine terminal, with JLine's line editing, or over plain streams (pipes, tests), read
 * line by line as they come: there is nothing to edit, and a terminal, even JLine's dumb one, costs a quiz more to
 * set up than loading its briefing.
 */
public final class LineIO implements AutoCloseable {
    /** The terminal, with its line editor; both null over plain streams. */
    private final Terminal terminal;
    private final LineReader reader;
    /** The plain input; null on a terminal. */
    private final Reader in;
    private final PrintWriter out;
    /** The columns to fold text to, 0 for no folding; asked of the terminal again after each line read. */
    private volatile int width;
    /** Ctrl-C was pressed while no prompt was waiting. */
    private volatile boolean ctrlC;

    private LineIO(Terminal terminal, LineReader reader, int width) {
        this.terminal = terminal;
        this.reader = reader;
        this.in = null;
        this.out = terminal.writer();
        this.width = width;
    }

    private LineIO(InputStream in, OutputStream out, int width) {
        this.terminal = null;
        this.reader = null;
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.out = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.width = width;
    }

    /** Over the given streams, with no terminal features: for pipes and tests. Lines are not folded. */
    public static LineIO streams(InputStream in, OutputStream out) throws IOException {
        return streams(in, out, 0);
    }

    /** Over the given streams, folding lines to {@code width} columns as on a terminal that wide. */
    public static LineIO streams(InputStream in, OutputStream out, int width) throws IOException {
        return new LineIO(in, out, width);
    }

    /** The terminal this process runs in, with line editing. */
    public static LineIO system() throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
        if (terminal instanceof DumbTerminal) {
            // TERM=dumb: JLine neither catches Ctrl-C nor knows the width here, so both are asked of the system.
            Signals.register("INT", () -> terminal.raise(Terminal.Signal.INT));
            LineIO io = editing(terminal);
            io.width = TerminalProvider.load("exec").systemStreamWidth(SystemStream.Output);
            return io;
        }
        return editing(terminal);
    }

    /** Over {@code terminal}, with JLine's line editor: the system's terminal, or one over streams in a test. */
    static LineIO editing(Terminal terminal) {
        LineIO io = new LineIO(terminal, LineReaderBuilder.builder()
                .terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false)
                .variable(LineReader.HISTORY_SIZE, 0)
                .variable(LineReader.BELL_STYLE, "none")
                .build(), terminal.getWidth());
        // Asking the size can cost a process (stty): it is asked after each answer and on a resize, not per line.
        terminal.handle(Terminal.Signal.WINCH, signal -> io.measure());
        // Ctrl-C between prompts (the line editor handles its own) is kept for the next prompt to act on.
        terminal.handle(Terminal.Signal.INT, signal -> io.ctrlC = true);
        return io;
    }

    private void measure() {
        try {
            if (terminal != null && !(terminal instanceof DumbTerminal)) width = terminal.getWidth();
        } catch (IOError e) {
            // The size is asked of stty, which Ctrl-C can stop too: keep folding to the width last known.
        }
    }

    public PrintWriter out() {
        return out;
    }

    /** The next line typed, or null at the end of input (or Ctrl-D); Ctrl-C ends the line and throws {@link Interrupted}. */
    public String read(String prompt) {
        out.flush();
        if (ctrlC) throw interrupted();
        try {
            if (reader != null) {
                String line = reader.readLine(prompt);
                measure();
                return line;
            }
            out.print(prompt);
            out.flush();
            String line = plainLine();
            // Nothing echoes plain input: a transcript should still show the answers, with any control character
            // in them written out, as piped input may come from anywhere.
            out.println(line == null ? "" : Safe.clean(line));
            return line;
        } catch (EndOfFileException e) {
            return null;
        } catch (UserInterruptException e) {
            throw interrupted();
        } catch (IOError e) {
            // Ctrl-C as the line editor sets the terminal up also stops the stty it runs for that: still Ctrl-C.
            if (signalled()) throw interrupted();
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether Ctrl-C was pressed; its signal is handled on another thread, so it may be seen a moment late. */
    private boolean signalled() {
        for (int wait = 0; wait < 20; wait++) {
            if (Thread.interrupted() || ctrlC) return true;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return true;
            }
        }
        return false;
    }

    private Interrupted interrupted() {
        ctrlC = false;
        out.println();
        out.flush();
        return new Interrupted();
    }

    /** The next line of plain input without its line end (LF or CR LF), or null at its end. */
    private String plainLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) return line.length() == 0 ? null : line.toString();
            line.append((char) c);
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
    }

    /** Prints {@code text}, each of its lines folded at word boundaries to the terminal's width. */
    public void println(String text) {
        for (String line : Folding.fold(text, width)) out.println(line);
    }

    public void println() {
        out.println();
    }

    public void flush() {
        out.flush();
    }

    /** The reader pressed Ctrl-C at a prompt: what was saved stays saved, and brief ends as interrupted. */
    public static final class Interrupted extends RuntimeException {
        Interrupted() {
            super("interrupted", null, false, false);
        }
    }

    @Override
    public void close() throws IOException {
        out.flush();
        if (terminal != null) terminal.close();
    }
}
