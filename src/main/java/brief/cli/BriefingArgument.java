package brief.cli;

import brief.content.LoadedBriefing;
import java.io.PrintWriter;
import picocli.CommandLine.Parameters;

/** The briefing a command works on: an ID (or a unique prefix, or none when there is one). */
final class BriefingArgument {
    @Parameters(paramLabel = "ID", arity = "0..1", description = "The briefing (a unique prefix is enough).")
    String id;

    /** The briefing named, looked for in the folders of the top command's {@code --briefings}. */
    LoadedBriefing find(BriefCommand top, PrintWriter err) {
        return Briefings.find(top.folders, id, err);
    }
}
