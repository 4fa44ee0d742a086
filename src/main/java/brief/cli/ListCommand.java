package brief.cli;

import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.model.Briefing;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the briefings found, with id, title, card and question counts, and source.")
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BriefingsOption briefings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Library library = Briefings.library(briefings);
        if (library.briefings().isEmpty()) {
            Briefings.reportFailures(library, spec.commandLine().getErr());
            throw new UserException("no briefings found", "give a folder with --briefings DIR");
        }
        for (LoadedBriefing loaded : library.briefings()) {
            Briefing b = loaded.briefing();
            out.println(b.id() + "  " + b.title());
            out.printf("    %d cards, %d questions · %s, %s%s · %s%n", b.cards().size(), b.questions().size(),
                    b.source().outlet(), b.source().kind().word(),
                    b.source().published() == null ? "" : ", " + b.source().published(),
                    loaded.builtin() ? "built in" : loaded.location());
        }
        Briefings.reportFailures(library, spec.commandLine().getErr());
        return ExitCode.OK;
    }
}
