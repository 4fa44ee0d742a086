package brief.model;

import java.util.List;
import java.util.Objects;

/** Validation shared by the compact constructors: the model refuses to exist in an invalid state. */
public final class Checks {
    private Checks() {}

    static String id(String id) {
        Objects.requireNonNull(id, "id");
        if (!isSlug(id)) {
            throw new IllegalArgumentException("not a slug (lower-case letters, digits, - _ .): " + id);
        }
        return id;
    }

    static String text(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank()) throw new IllegalArgumentException(what + " is empty");
        return printable(value, what);
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : printable(value, "text");
    }

    /**
     * Refuses control characters (all but tab and line feed) and so every terminal escape sequence: no text
     * of a briefing can ever reach a terminal or a file raw, whichever way it is shown.
     */
    static String printable(String value, String what) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isControl(c)) {
                throw new IllegalArgumentException(String.format("%s contains the control character U+%04X", what, (int) c));
            }
        }
        return value;
    }

    /**
     * The one rule for what may not reach a terminal: a control character other than tab and line feed, DEL and the
     * C1 range included.
     */
    public static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    static <T> List<T> list(List<T> values, String what) {
        Objects.requireNonNull(values, what);
        return List.copyOf(values);
    }

    /** Whether an id is a slug (lower-case letters and digits, joined by - _ .), as every id must be. */
    /**
     * Lower-case letters and digits in runs joined by single {@code - _ .}: the pattern {@code [a-z0-9]+(?:[-_.][a-z0-9]+)*},
     * read by hand, as every id of a briefing is checked on every load.
     */
    public static boolean isSlug(String id) {
        if (id == null || id.isEmpty()) return false;
        boolean joined = true;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') joined = false;
            else if ((c == '-' || c == '_' || c == '.') && !joined) joined = true;
            else return false;
        }
        return !joined;
    }
}
