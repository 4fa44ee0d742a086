package brief.progress;

/** The progress store could not do what was asked; the message is meant for the user. */
public final class StoreException extends Exception {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
