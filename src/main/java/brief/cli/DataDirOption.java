package brief.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where progress is kept, shared by every command that reads or records it. */
final class DataDirOption {
    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for progress. Default: $BRIEF_HOME, else $XDG_DATA_HOME/brief, else ~/.local/share/brief.")
    Path dataDir;
}
