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

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
