package brief.render;

import brief.model.TimelineEvent;

/** A timeline event as every format prints it: when, then what happened. */
final class Timeline {
    private Timeline() {}

    static String line(TimelineEvent t) {
        return t.when() + " — " + t.what();
    }
}
