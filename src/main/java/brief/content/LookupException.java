package brief.content;

import brief.model.HintedException;

/** A briefing id that matches none, or several, of the briefings found. */
public final class LookupException extends HintedException {
    public LookupException(String message, String hint) {
        super(message, hint);
    }
}
