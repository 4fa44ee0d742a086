package brief.cli;

import picocli.CommandLine;

/** Runs the command line and exits with its code; everything else happens in {@link Cli}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        CommandLine cli = Cli.create(args);
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }
}
