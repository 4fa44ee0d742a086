package brief.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process with captured output, as a user would see it. */
record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * Runs a command that reads standard input (a plain quiz or cards) with {@code input} piped to it, as a user
     * scripting it would; line mode writes to System.out, which is what {@link #out()} then holds.
     */
    static Run piped(String input, String... args) {
        InputStream in = System.in;
        PrintStream stdout = System.out;
        ByteArrayOutputStream lineMode = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(lineMode, true, StandardCharsets.UTF_8));
            Run run = of(args);
            return new Run(run.exitCode(), lineMode.toString(StandardCharsets.UTF_8) + run.out(), run.err());
        } finally {
            System.setIn(in);
            System.setOut(stdout);
        }
    }
}
