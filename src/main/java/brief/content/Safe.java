package brief.content;

import brief.model.Checks;

/** Shows content inside messages without letting control characters reach a terminal. */
public final class Safe {
    private Safe() {}

    /** Index of the first character not allowed in briefing text, or -1. TAB and LF are allowed. */
    static int firstControlChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Checks.isControl(s.charAt(i))) return i;
        }
        return -1;
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
        if (Checks.isControl(c) || (oneLine && (c == '\t' || c == '\n'))) {
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
