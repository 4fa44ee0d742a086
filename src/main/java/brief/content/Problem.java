package brief.content;

/**
 * One thing wrong with a briefing file, where it is known.
 *
 * @param line   1-based, or 0 when no position is known
 * @param column 1-based, or 0 when no position is known
 * @param hint   what to do about it, or null
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public static Problem at(String file, String message) {
        return new Problem(file, 0, 0, message, null);
    }

    /** As {@code file:line:col: message}; the file's name is the user's, so its control characters are escaped. */
    @Override
    public String toString() {
        String where = Safe.clean(file);
        return line > 0 ? where + ":" + line + ":" + column + ": " + message : where + ": " + message;
    }
}
