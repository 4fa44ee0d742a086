package brief.cli;

import brief.progress.DataDir;
import brief.progress.ProgressStore;
import brief.progress.SqliteLibrary;
import java.io.PrintWriter;

/** Opens the progress store for a command, saying on stderr when progress will not be saved. */
final class Progress {
    private Progress() {}

    static ProgressStore open(DataDirOption option, PrintWriter err) {
        SqliteLibrary.useCache(DataDir.cache(System.getenv()));
        ProgressStore store = ProgressStore.open(DataDir.resolve(option.dataDir(), System.getenv()));
        store.warning().ifPresent(w -> {
            err.println("brief: " + w);
            err.flush();
        });
        return store;
    }
}
