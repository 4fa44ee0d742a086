package brief.content;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where brief keeps things of the user's, following the XDG base directories: its data folder (progress and the
 * user's own briefings) and its cache. {@code $BRIEF_HOME}, when set, holds both instead.
 */
public final class Home {
    private Home() {}

    /** {@code $BRIEF_HOME}, else {@code $XDG_DATA_HOME/brief}, else {@code ~/.local/share/brief}. */
    public static Path data(Map<String, String> env) {
        String home = set(env, "BRIEF_HOME");
        if (home != null) return Path.of(home);
        return base(env, "XDG_DATA_HOME", ".local/share").resolve("brief");
    }

    /** {@code $BRIEF_HOME/cache}, else {@code $XDG_CACHE_HOME/brief}, else {@code ~/.cache/brief}. */
    public static Path cache(Map<String, String> env) {
        String home = set(env, "BRIEF_HOME");
        if (home != null) return Path.of(home, "cache");
        return base(env, "XDG_CACHE_HOME", ".cache").resolve("brief");
    }

    /** The user's own briefings: {@code briefings} in the data folder. */
    public static Path briefings(Map<String, String> env) {
        return data(env).resolve("briefings");
    }

    /** The XDG folder a variable names, else its default under the home folder. */
    private static Path base(Map<String, String> env, String variable, String underHome) {
        String xdg = set(env, variable);
        if (xdg != null) return Path.of(xdg);
        String home = set(env, "HOME");
        return Path.of(home != null ? home : System.getProperty("user.home")).resolve(underHome);
    }

    private static String set(Map<String, String> env, String variable) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? null : value;
    }
}
