package brief.cli;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the one {@link CommandLine} of the tool, with its error handling and exit codes. */
public final class Cli {
    private Cli() {}

    public static CommandLine create() {
        return create(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new BriefCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(Cli::handleExecutionException);
        cli.setParameterExceptionHandler(Cli::handleParameterException);
        return cli;
    }

    private static int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean debug = parsed != null && debugRequested(parsed);
        if (e instanceof UserException u) {
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

    private static int handleParameterException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("brief: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("hint: see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCode.USAGE;
    }

    private static boolean debugRequested(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) return true;
        }
        return false;
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
    }
}
