package brief.cli;

import brief.model.Spelling;
import brief.ui.line.LineIO;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the one {@link CommandLine} of the tool, with its error handling and exit codes. */
public final class Cli {
    private Cli() {}

    /**
     * The subcommands by name, in the order help lists them; the command called NAME is the class NameCommand of
     * this package. Names, not classes, so that running one command loads no other command's class. The launcher
     * reads the same list from the file {@link CommandNames} writes at build time.
     */
    static final List<String> COMMANDS = List.of("list", "cards", "quiz", "review", "print", "stats", "validate", "draft", "schema",
            "export", "completion");

    public static CommandLine create() {
        return create(Console.stdout(), Console.stderr());
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, COMMANDS);
    }

    /**
     * The command line for these arguments. Setting up a command costs start-up time (picocli reads its
     * annotations), so when the arguments name a subcommand and parse with it alone, only that one is set up;
     * anything else, help and mistakes included, gets every command.
     */
    public static CommandLine create(String[] args) {
        PrintWriter out = Console.stdout();
        PrintWriter err = Console.stderr();
        List<String> given = List.of(args);
        for (String command : COMMANDS) {
            if (!given.contains(command)) continue;
            CommandLine one = create(out, err, List.of(command));
            try {
                one.parseArgs(args);
                return one;
            } catch (ParameterException e) {
                break;
            }
        }
        return create(out, err, COMMANDS);
    }

    /** The class of the command called {@code name}. */
    static Class<?> commandClass(String name) {
        String simple = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Command";
        try {
            return Class.forName(Cli.class.getPackageName() + "." + simple);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no class " + simple + " for the command " + name, e);
        }
    }

    private static CommandLine create(PrintWriter out, PrintWriter err, List<String> commands) {
        CommandLine cli = new CommandLine(new BriefCommand());
        for (String command : commands) cli.addSubcommand(command, commandClass(command));
        cli.setOut(out);
        cli.setErr(Console.visible(err));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler(Cli::handleExecutionException);
        cli.setParameterExceptionHandler(Cli::handleParameterException);
        return cli;
    }

    private static int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof LineIO.Interrupted) return ExitCode.INTERRUPTED;
        return Console.report(e, cmd.getErr(), cmd.getCommandSpec().root().userObject() instanceof BriefCommand top && top.debug);
    }

    private static int handleParameterException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        String command = unknownCommand(e);
        if (command != null) {
            String nearest = Spelling.closest(command, cmd.getSubcommands().keySet());
            err.println("brief: unknown command '" + command + "'"
                    + (nearest != null ? " (did you mean '" + nearest + "'?)" : ""));
        } else {
            err.println("brief: " + e.getMessage());
            UnmatchedArgumentException.printSuggestions(e, err);
        }
        err.println("hint: see '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCode.USAGE;
    }

    /** The word given where a command was expected, or null: the top command takes no arguments of its own. */
    private static String unknownCommand(ParameterException e) {
        if (!(e instanceof UnmatchedArgumentException u) || e.getCommandLine().getCommandSpec().parent() != null) {
            return null;
        }
        List<String> unmatched = u.getUnmatched();
        return unmatched.isEmpty() || unmatched.get(0).startsWith("-") ? null : unmatched.get(0);
    }
}
