package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * What every screen may use: the briefings, the progress store, a clock for answer times, and whether
 * colour is wanted.
 */
record App(List<LoadedBriefing> briefings, ProgressStore store, LongSupplier nanos, boolean colour) {
    /** Runs a store action, turning a failure into a note the screens can show instead of stopping. */
    String save(StoreAction action) {
        try {
            action.run();
            return null;
        } catch (brief.progress.StoreException e) {
            return e.getMessage();
        }
    }

    interface StoreAction {
        void run() throws brief.progress.StoreException;
    }
}
