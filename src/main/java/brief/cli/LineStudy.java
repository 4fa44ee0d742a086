package brief.cli;

import brief.ui.line.LineIO;
import java.io.PrintWriter;

/**
 * A command on one briefing that can ask questions in line mode, run directly ({@link Direct}): Ctrl-C or the end
 * of the input there ends it with the interrupted code. Kept apart from {@link OneBriefing} so that {@code print}
 * loads no line-mode class.
 */
abstract class LineStudy extends OneBriefing implements Direct.Command {
    @Override
    public int run(PrintWriter out, PrintWriter err) throws Exception {
        streams(out, err);
        try {
            return call();
        } catch (LineIO.Interrupted e) {
            return ExitCode.INTERRUPTED;
        }
    }
}
