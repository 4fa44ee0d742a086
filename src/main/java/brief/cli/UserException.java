package brief.cli;

import brief.model.HintedException;

/**
 * Something the user can fix, found by the command line itself. It and every other {@link HintedException} a
 * command lets through are shown as one line and a hint, exit code 1, never a stack trace.
 */
final class UserException extends HintedException {
    UserException(String message, String hint) {
        super(message, hint);
    }

    UserException(String message) {
        super(message, null);
    }
}
