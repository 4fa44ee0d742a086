package brief.content;

/** A briefing id that matches none, or several, of the briefings found. */
public final class LookupException extends Exception {
    private final String hint;

    public LookupException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
