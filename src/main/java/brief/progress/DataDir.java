package brief.progress;

import brief.content.Home;
import java.nio.file.Path;
import java.util.Map;

/** Where progress lives: --data-dir, else $BRIEF_HOME, else $XDG_DATA_HOME/brief, else ~/.local/share/brief. */
public final class DataDir {
    private DataDir() {}

    public static Path resolve(Path override, Map<String, String> env) {
        return override != null ? override : Home.data(env);
    }

    /** Where brief keeps what it can make again: $BRIEF_HOME/cache, else $XDG_CACHE_HOME/brief, else ~/.cache/brief. */
    public static Path cache(Map<String, String> env) {
        return Home.cache(env);
    }
}
