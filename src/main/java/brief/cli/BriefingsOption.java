package brief.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Where to look for briefings, shared by every command that reads them. */
final class BriefingsOption {
    @Option(names = "--briefings", paramLabel = "DIR",
            description = "Folder of briefing files (repeatable). Default: briefings/ in the current folder if it exists, "
                    + "plus $XDG_DATA_HOME/brief/briefings, plus the built-in briefing.")
    List<Path> folders = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** The folders given here, else those given before the subcommand ({@code brief --briefings DIR print}). */
    List<Path> folders() {
        return folders(mixee);
    }

    /** As {@link #folders()}, for this option mixed into {@code command} through another mixin. */
    List<Path> folders(CommandSpec command) {
        BriefCommand top = BriefCommand.above(command);
        return folders.isEmpty() && top != null ? top.briefings.folders : folders;
    }
}
