package brief.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/** Decides between the full screen and line mode: the full screen needs a real terminal, not a dumb one. */
final class Terminals {
    private Terminals() {}

    /** True when stdin and stdout are both a terminal and TERM allows a full screen. */
    static boolean fullScreenPossible(Map<String, String> env) {
        String term = env.getOrDefault("TERM", "");
        if (term.isEmpty() || term.equals("dumb")) return false;
        return interactive();
    }

    /** Colour only adds to what symbols and words say; NO_COLOR (any value) turns it off. */
    static boolean colourWanted(Map<String, String> env) {
        String noColour = env.get("NO_COLOR");
        return noColour == null || noColour.isEmpty();
    }

    /** True when stdin and stdout are both a terminal. */
    static boolean interactive() {
        Console console = System.console();
        if (console == null) return false;
        // From Java 22 on, System.console() exists even when redirected; isTerminal() tells the truth.
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** True when standard output is a terminal, whatever standard input is. */
    static boolean outputIsTerminal() {
        if (interactive()) return true;
        try {
            return TerminalProvider.load("exec").isSystemStream(SystemStream.Output);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
