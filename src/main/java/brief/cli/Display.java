package brief.cli;

import brief.ui.line.LineIO;
import java.io.IOException;
import picocli.CommandLine.Option;

/** The choice between the full screen and line mode, for the commands that offer both. */
final class Display {
    @Option(names = "--plain", description = "Line mode, one prompt at a time, even on a full terminal.")
    boolean plain;

    /** The full screen, unless --plain was given or stdin, stdout or TERM do not allow it. */
    boolean fullScreen() {
        return !plain && Terminals.fullScreenPossible(System.getenv());
    }

    /** Whether the full screen may use colour. */
    boolean colour() {
        return Terminals.colourWanted(System.getenv());
    }

    /** What the full screen shows. */
    interface FullScreen {
        void run() throws IOException;
    }

    /** Line mode, over {@code io}. */
    interface LineMode {
        void run(LineIO io) throws IOException;
    }

    /** Runs the full screen when it can be had, else line mode. */
    void show(FullScreen screen, LineMode line) throws IOException {
        if (fullScreen()) {
            screen.run();
            return;
        }
        try (LineIO io = lineIO()) {
            line.run(io);
        }
    }

    /** Line mode on the terminal when there is one (with JLine's line editor), else over the plain streams. */
    private static LineIO lineIO() throws IOException {
        return Terminals.interactive() ? LineIO.system() : LineIO.streams(System.in, System.out);
    }
}
