package brief.cli;

import brief.content.Library;
import brief.progress.ProgressStore;
import brief.ui.tui.Screens;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level command: {@code brief} alone shows the home screen on a terminal, the list otherwise. Its
 * subcommands are added by {@link Cli}.
 */
@Command(name = "brief",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns a news article into a one-page briefing, briefing cards and a scored quiz.")
final class BriefCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @Mixin
    BriefingsOption briefings;

    @Mixin
    DataDirOption data;

    /** The top-level command above {@code command} (options given before a subcommand live there), or null. */
    static BriefCommand above(CommandSpec command) {
        for (CommandSpec c = command; c != null; c = c.parent()) {
            if (c.userObject() instanceof BriefCommand top) return top;
        }
        return null;
    }

    /** On a terminal, the home screen; otherwise the list of briefings, as 'brief list' shows it. */
    @Override
    public Integer call() throws IOException {
        if (!Terminals.fullScreenPossible(System.getenv())) {
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("list"));
            briefings.folders.forEach(f -> args.addAll(java.util.List.of("--briefings", f.toString())));
            return spec.commandLine().execute(args.toArray(String[]::new));
        }
        Library library = Briefings.library(briefings.folders);
        if (library.briefings().isEmpty()) {
            Briefings.reportFailures(library, spec.commandLine().getErr());
            throw new UserException("no briefings found", "give a folder with --briefings DIR");
        }
        try (ProgressStore store = Progress.open(data, spec.commandLine().getErr())) {
            Screens.home(library.briefings(), store, System::nanoTime, Terminals.colourWanted(System.getenv()));
        }
        return ExitCode.OK;
    }
}
