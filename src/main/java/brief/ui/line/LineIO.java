package brief.ui.line;

import brief.content.Safe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/** One prompt at a time over a JLine line reader: a real terminal, or plain streams (pipes, TERM=dumb). */
public final class LineIO implements AutoCloseable {
    private final Terminal terminal;
    private final LineReader reader;
    private final PrintWriter out;
    /**
     * Over plain streams nothing echoes what was read; a transcript should still show the answers, with any
     * control character in them escaped, as piped input may come from anywhere.
     */
    private final boolean echo;

    private LineIO(Terminal terminal, boolean echo) {
        this.terminal = terminal;
        this.echo = echo;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false)
                .variable(LineReader.HISTORY_SIZE, 0)
                // A key it does not know makes JLine ring the bell: a BEL in every transcript of piped input.
                .variable(LineReader.BELL_STYLE, "none")
                .build();
        this.out = terminal.writer();
    }

    /** Over the given streams, with no terminal features: for pipes, tests and dumb terminals. */
    public static LineIO streams(InputStream in, OutputStream out) throws IOException {
        return new LineIO(new DumbTerminal("brief", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8), true);
    }

    /** The terminal this process runs in, with line editing. */
    public static LineIO system() throws IOException {
        return new LineIO(TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build(), false);
    }

    public PrintWriter out() {
        return out;
    }

    /** The next line typed, or null at the end of input (or Ctrl-D / Ctrl-C). */
    public String read(String prompt) {
        out.flush();
        try {
            String line = reader.readLine(prompt);
            if (echo) out.println(Safe.clean(line));
            return line;
        } catch (EndOfFileException | UserInterruptException e) {
            if (echo) out.println();
            return null;
        }
    }

    public void println(String line) {
        out.println(line);
    }

    public void println() {
        out.println();
    }

    public void flush() {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.flush();
        terminal.close();
    }
}
