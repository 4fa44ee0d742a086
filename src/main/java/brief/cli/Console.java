package brief.cli;

import brief.model.HintedException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Where the tool writes, and how it says that something went wrong: the same whether picocli runs the command
 * or {@link Direct} does, and without picocli's classes.
 */
final class Console {
    private Console() {}

    /** Standard output, in UTF-8. */
    static PrintWriter stdout() {
        return utf8(FileDescriptor.out);
    }

    /** Standard error, in UTF-8: what is written to it goes through {@link #visible} first. */
    static PrintWriter stderr() {
        return utf8(FileDescriptor.err);
    }

    /** What the tool writes on stderr: control characters written out, so no argument can reach the terminal. */
    static PrintWriter visible(PrintWriter err) {
        return new PrintWriter(new VisibleControls(err), true);
    }

    /** Says what went wrong in one line (and a hint), the stack trace only with --debug; returns the exit code. */
    static int report(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof HintedException u) {
            err.println("brief: " + u.getMessage());
            if (u.hint() != null) err.println("hint: " + u.hint());
            if (debug) e.printStackTrace(err);
            err.flush();
            return ExitCode.USER_ERROR;
        }
        err.println("brief: internal error: " + e);
        if (debug) {
            e.printStackTrace(err);
        } else {
            err.println("hint: run again with --debug to see the details, and report them");
        }
        err.flush();
        return ExitCode.INTERNAL;
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
