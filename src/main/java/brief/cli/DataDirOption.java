package brief.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where progress is kept, shared by every command that reads or records it. */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for progress. Default: $BRIEF_HOME, else $XDG_DATA_HOME/brief, else ~/.local/share/brief.")
    Path dataDir;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The folder given here, else the one given before the subcommand ({@code brief --data-dir DIR quiz}). */
    Path dataDir() {
        BriefCommand top = BriefCommand.above(mixee);
        return dataDir == null && top != null ? top.data.dataDir : dataDir;
    }
}
