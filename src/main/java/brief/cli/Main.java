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
        quickLocaleData();
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

    /**
     * Before JDK 21, the JDK's own locale data answers what sqlite-jdbc's date formats ask of the calendar (the
     * first day of the week, the date symbols) in a fraction of the time CLDR takes to list the hundreds of locales
     * it has: tens of milliseconds of a quiz's start-up. brief formats only in {@code Locale.ROOT} and
     * {@code Locale.ENGLISH}, where the two agree. Later JDKs have CLDR alone; a choice made with
     * {@code -Djava.locale.providers} stands.
     */
    static void quickLocaleData() {
        if (Runtime.version().feature() < 21 && System.getProperty(LOCALE_PROVIDERS) == null) {
            System.setProperty(LOCALE_PROVIDERS, "COMPAT");
        }
    }

    static final String LOCALE_PROVIDERS = "java.locale.providers";
}
