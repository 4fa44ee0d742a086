package brief.content;

/** Shows content inside messages without letting control characters reach a terminal. */
final class Safe {
    private Safe() {}

    /** Index of the first character not allowed in briefing text, or -1. TAB and LF are allowed. */
    static int firstControlChar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isControl(s.charAt(i))) return i;
        }
        return -1;
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    /** The text with every control character written as a visible escape such as {@code \u001b}. */
    static String clean(String s) {
        if (s == null || firstControlChar(s) < 0) return s;
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isControl(c) || c == '\t' || c == '\n') out.append(String.format("\\u%04x", (int) c));
            else out.append(c);
        }
        return out.toString();
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
