package brief.model;

/** A request that cannot be met as asked (an id that names nothing, a filter that leaves nothing), and what to try. */
public class HintedException extends Exception {
    private final String hint;

    /** {@code hint}: what the user can do instead, or null. */
    public HintedException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
