package brief.cli;

import brief.content.LoadedBriefing;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Mixin;

/**
 * A command that studies one briefing, in the full screen or in line mode: the progress database opens on a
 * thread of its own while the briefing loads. With plain arguments it runs without picocli ({@link Direct}).
 */
abstract class Studying extends LineStudy {
    @Mixin
    Display display;

    @Override
    public final Integer call() throws IOException {
        try (Progress.Opening progress = Progress.opening(dataDir(), err())) {
            study(briefing(), progress);
        }
        return ExitCode.OK;
    }

    /** Studies the briefing; {@code progress} gives the store once it is open. */
    abstract void study(LoadedBriefing loaded, Progress.Opening progress) throws IOException;
}
