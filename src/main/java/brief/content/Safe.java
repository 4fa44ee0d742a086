package brief.content;

/** Shows content inside messages without letting control characters reach a terminal. */
public final class Safe {
    private Safe() {}

    /** Index of the first character not allowed in briefing text, or -1. TAB and LF are allowed. */
    static int firstControlChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) return i;
        }
        return -1;
    }

    /** A control character that may not reach a terminal: any but TAB and LF, including DEL and the C1 range. */
    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * The text with every control character written as a visible escape such as {@code \u001b}; where there is
     * one, tabs and line feeds are written so too, so that the text stays on its line.
     */
    public static String clean(String s) {
        if (s == null || firstControlChar(s) < 0) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) visible(out, s.charAt(i), true);
        return out.toString();
    }

    /** Appends {@code c}, or the visible escape for it when it is a control character (or, if asked, a tab or LF). */
    public static void visible(StringBuilder out, char c, boolean oneLine) {
        if (isControl(c) || (oneLine && (c == '\t' || c == '\n'))) {
            out.append("\\u").append(String.format("%04x", (int) c));
        } else {
            out.append(c);
        }
    }

    static String quote(String s) {
        return "'" + clean(s) + "'";
    }

    /** A passage shortened for a one-line message. */
    static String excerpt(String s) {
        String one = clean(s.strip().replaceAll("\\s+", " "));
        return one.length() <= 60 ? "\"" + one + "\"" : "\"" + one.substring(0, 57) + "…\"";
    }
}
