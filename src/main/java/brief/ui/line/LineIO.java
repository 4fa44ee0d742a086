package brief.ui.line;

import brief.content.Safe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;

/**
 * One prompt at a time over a JLine terminal: a real one, with JLine's line editing, or plain streams (pipes,
 * tests), read line by line as they come: there is nothing to edit, and a line reader costs a quiz more to set up
 * than loading its briefing.
 */
public final class LineIO implements AutoCloseable {
    private final Terminal terminal;
    /** The line editor, on a real terminal; null over plain streams. */
    private final LineReader reader;
    private final PrintWriter out;

    private LineIO(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
        this.out = terminal.writer();
    }

    /** Over the given streams, with no terminal features: for pipes and tests. */
    public static LineIO streams(InputStream in, OutputStream out) throws IOException {
        return new LineIO(new DumbTerminal("brief", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8), null);
    }

    /** The terminal this process runs in, with line editing. */
    public static LineIO system() throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).build();
        return new LineIO(terminal, LineReaderBuilder.builder()
                .terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.AUTO_FRESH_LINE, false)
                .variable(LineReader.HISTORY_SIZE, 0)
                .variable(LineReader.BELL_STYLE, "none")
                .build());
    }

    public PrintWriter out() {
        return out;
    }

    /** The next line typed, or null at the end of input (or Ctrl-D / Ctrl-C). */
    public String read(String prompt) {
        out.flush();
        try {
            if (reader != null) return reader.readLine(prompt);
            out.print(prompt);
            out.flush();
            String line = plainLine();
            // Nothing echoes plain input: a transcript should still show the answers, with any control character
            // in them written out, as piped input may come from anywhere.
            out.println(line == null ? "" : Safe.clean(line));
            return line;
        } catch (EndOfFileException | UserInterruptException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next line of plain input without its line end (LF or CR LF), or null at its end. */
    private String plainLine() throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c; (c = terminal.reader().read()) != '\n'; ) {
            if (c < 0) return line.length() == 0 ? null : line.toString();
            line.append((char) c);
        }
        int end = line.length();
        return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
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
