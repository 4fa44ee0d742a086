package brief.cli;

import brief.content.Library;
import brief.progress.ProgressStore;
import brief.ui.tui.Screens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The top-level command: {@code brief} alone shows the home screen on a terminal, the list otherwise. It declares
 * the options every command takes; picocli gives them to each subcommand ({@code INHERIT}) and, wherever they are
 * written, sets them here. Its subcommands are added by {@link Cli}.
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

    @Option(names = "--briefings", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of briefing files (repeatable). Default: briefings/ in the current folder if it exists, "
                    + "plus $BRIEF_HOME/briefings (else $XDG_DATA_HOME/brief/briefings), plus the built-in briefing.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder for progress. Default: $BRIEF_HOME, else $XDG_DATA_HOME/brief, else ~/.local/share/brief.")
    Path dataDir;

    /** On a terminal, the home screen; otherwise the list of briefings, as 'brief list' shows it. */
    @Override
    public Integer call() throws IOException {
        if (!Terminals.fullScreenPossible(System.getenv())) {
            return ListCommand.list(this, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        Library library = Briefings.someFound(folders, spec.commandLine().getErr());
        try (ProgressStore store = Progress.open(dataDir, spec.commandLine().getErr())) {
            Screens.home(library.briefings(), store, System::nanoTime, Terminals.colourWanted(System.getenv()));
        }
        return ExitCode.OK;
    }
}
