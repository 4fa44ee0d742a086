package brief.e2e;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A tmux server of a test's own (its socket named by {@code server}), for driving brief in a real terminal. */
final class Tmux {
    private Tmux() {}

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    /** Runs tmux on {@code server} with these arguments and gives what it printed. */
    static String on(String server, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", server));
        command.addAll(List.of(args));
        return run(command.toArray(String[]::new));
    }

    /** Runs a command, waiting at most 20 s, and gives its output and errors together. */
    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }
}
