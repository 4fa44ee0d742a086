package brief.cli;

import brief.content.LoadedBriefing;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The briefing a command works on: an ID (or a unique prefix, or none when there is one) and where to look. */
final class BriefingArgument {
    @Parameters(paramLabel = "ID", arity = "0..1", description = "The briefing (a unique prefix is enough).")
    String id;

    @Mixin
    BriefingsOption briefings;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    LoadedBriefing find(PrintWriter err) {
        return Briefings.find(briefings.folders(mixee), id, err);
    }
}
