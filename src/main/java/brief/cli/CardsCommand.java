package brief.cli;

import brief.content.LoadedBriefing;
import brief.ui.line.LineCards;
import brief.ui.line.LineIO;
import brief.ui.tui.Screens;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "Read the briefing card by card, each point marked fact, claim or opinion and shown with "
                + "its evidence in the article. With output to a pipe or a file, every card is printed at once.")
final class CardsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BriefingArgument briefing;

    @Mixin
    Display display;

    @ParentCommand
    BriefCommand top;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (Progress.Opening opening = Progress.opening(top.dataDir, err)) {
            LoadedBriefing loaded = briefing.find(top, err);
            if (display.fullScreen()) {
                Screens.cards(loaded, opening.store(), System::nanoTime, display.colour());
                return ExitCode.OK;
            }
            if (!Terminals.outputIsTerminal()) {
                try (LineIO io = LineIO.streams(InputStream.nullInputStream(), System.out)) {
                    new LineCards(io, opening.store()).printAll(loaded);
                }
                return ExitCode.OK;
            }
            try (LineIO io = display.lineIO()) {
                new LineCards(io, opening.store()).run(loaded);
            }
        }
        return ExitCode.OK;
    }
}
