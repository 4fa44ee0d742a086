package brief.cli;

import brief.progress.DataDir;
import brief.progress.ProgressStore;
import brief.progress.SqliteLibrary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Opens the progress store for a command, saying on stderr when progress will not be saved. */
final class Progress {
    private Progress() {}

    /** The commands that open the progress store. */
    private static final java.util.Set<String> STORING = java.util.Set.of("quiz", "review", "cards", "stats", "list");

    /**
     * Starts loading SQLite, and what reading the store needs next (the time zone's rules that days are counted
     * in), on a thread of its own when the arguments name a command that opens the store: begun before the
     * arguments are parsed, it is done about when the store is opened. For any other command (print among them)
     * nothing is started here.
     */
    static void warmUp(String[] args) {
        boolean storing = false;
        for (String a : args) storing |= STORING.contains(a);
        if (!storing) return;
        Thread thread = new Thread(new WarmUp(), "brief-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * A class, not a lambda: the first lambda a run meets sets up the JVM's lambda machinery, which is better done
     * here, beside the command, than on the main thread before it.
     */
    private static final class WarmUp implements Runnable {
        @Override
        public void run() {
            try {
                SqliteLibrary.warmUp(DataDir.cache(System.getenv()));
                java.time.ZoneId.systemDefault();
            } catch (RuntimeException e) {
                // Whatever failed here fails again where it is needed, and is reported there.
            }
        }
    }

    /** The store in {@code dataDir} (null: the default folder). */
    static ProgressStore open(Path dataDir, PrintWriter err) {
        return warned(openQuietly(dataDir, clock()), err);
    }

    /**
     * Starts opening the store on a thread of its own, so that a command can load its briefing and set up its
     * screen meanwhile: opening SQLite is the largest part of what a quiz does before its first question.
     */
    static Opening opening(Path dataDir, PrintWriter err) {
        return new Opening(dataDir, err);
    }

    /** A store being opened; {@link #store()} waits for it, and closing waits for it too, then closes it. */
    static final class Opening implements AutoCloseable {
        private final FutureTask<ProgressStore> task;
        private final PrintWriter err;
        private ProgressStore store;

        private Opening(Path dataDir, PrintWriter err) {
            this.err = err;
            this.task = new FutureTask<>(() -> openQuietly(dataDir, clock()));
            Thread thread = new Thread(task, "brief-progress");
            thread.setDaemon(true);
            thread.start();
        }

        /** The store, once open; its warning, if any, is said on this thread, in the order the command runs. */
        ProgressStore store() {
            if (store == null) store = warned(await(), err);
            return store;
        }

        private ProgressStore await() {
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while opening the progress database", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error r) throw r;
                throw new IllegalStateException(e.getCause());
            }
        }

        @Override
        public void close() {
            if (store != null) {
                store.close();
                return;
            }
            try {
                await().close();
            } catch (RuntimeException e) {
                // Not opened (BRIEF_NOW unreadable, say): a command that asked for the store has said so already.
            }
        }
    }

    /** The clock of every command: the system's, or the one {@code BRIEF_NOW} sets. */
    static java.time.Clock clock() {
        return Clocks.of(System.getenv(), Clocks.system());
    }

    private static ProgressStore openQuietly(Path given, java.time.Clock clock) {
        SqliteLibrary.warmUp(DataDir.cache(System.getenv()));
        return ProgressStore.open(DataDir.resolve(given, System.getenv()), clock);
    }

    private static ProgressStore warned(ProgressStore store, PrintWriter err) {
        store.warning().ifPresent(w -> {
            err.println("brief: " + w);
            err.flush();
        });
        return store;
    }
}
