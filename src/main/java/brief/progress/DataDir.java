package brief.progress;

import java.nio.file.Path;
import java.util.Map;

/** Where progress lives: --data-dir, else $BRIEF_HOME, else $XDG_DATA_HOME/brief, else ~/.local/share/brief. */
public final class DataDir {
    private DataDir() {}

    public static Path resolve(Path override, Map<String, String> env) {
        if (override != null) return override;
        String home = env.get("BRIEF_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "brief");
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".local", "share", "brief");
    }

    /** Where brief keeps what it can make again: $BRIEF_HOME/cache, else $XDG_CACHE_HOME/brief, else ~/.cache/brief. */
    public static Path cache(Map<String, String> env) {
        String home = env.get("BRIEF_HOME");
        if (home != null && !home.isBlank()) return Path.of(home, "cache");
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "brief");
        return Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".cache", "brief");
    }
}
