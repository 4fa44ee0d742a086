package brief.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Runs the command and exits with its code: directly when its arguments are plain ({@link Direct}), else through
 * the command line that {@link Cli} builds.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Progress.warmUp(args);
        PrintWriter out = Console.stdout();
        PrintWriter err = Console.visible(Console.stderr());
        Integer direct = Direct.run(args, out, err);
        if (direct != null) {
            out.flush();
            err.flush();
            System.exit(direct);
        }
        CommandLine cli = Cli.create(args);
        int code = cli.execute(args);
        cli.getOut().flush();
        cli.getErr().flush();
        System.exit(code);
    }
}
