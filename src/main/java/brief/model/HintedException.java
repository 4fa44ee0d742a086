package brief.model;

/**
 * A request that cannot be met as asked (an id that names nothing, a filter that leaves nothing), and what to try.
 * Unchecked, as the user's mistakes travel up to the command line, which shows each as one line and its hint.
 */
public class HintedException extends RuntimeException {
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
