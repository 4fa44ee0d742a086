package brief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Where to look for briefings, shared by every command that reads them. */
final class BriefingsOption {
    @Option(names = "--briefings", paramLabel = "DIR",
            description = "Folder of briefing files (repeatable). Default: briefings/ in the current folder if it exists, "
                    + "plus $XDG_DATA_HOME/brief/briefings, plus the built-in briefing.")
    List<Path> folders = new ArrayList<>();
}
