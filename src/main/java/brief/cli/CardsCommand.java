package brief.cli;

import brief.content.LoadedBriefing;
import brief.ui.line.LineCards;
import brief.ui.line.LineIO;
import brief.ui.tui.Screens;
import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;

@Command(name = "cards", mixinStandardHelpOptions = true,
        description = "Read the briefing card by card, each point marked fact, claim or opinion and shown with "
                + "its evidence in the article. With output to a pipe or a file, every card is printed at once.")
final class CardsCommand extends Studying {
    @Override
    void study(LoadedBriefing loaded, Progress.Opening progress) throws IOException {
        if (!display.fullScreen() && !Terminals.outputIsTerminal()) {
            try (LineIO io = LineIO.streams(InputStream.nullInputStream(), System.out)) {
                new LineCards(io, progress.store()).printAll(loaded);
            }
            return;
        }
        display.show(() -> Screens.cards(loaded, progress.store(), System::nanoTime, display.colour()),
                io -> new LineCards(io, progress.store()).run(loaded));
    }
}
