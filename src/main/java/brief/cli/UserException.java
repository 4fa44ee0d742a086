package brief.cli;

/** Something the user can fix: shown as one line and a hint, exit code 1, never a stack trace. */
public class UserException extends RuntimeException {
    private final String hint;

    public UserException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
