package brief.json;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/** Writes pretty-printed JSON, escaping every string, with keys in the order they are written. */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();
    /** For each open object or array: whether it has had an entry yet. */
    private final Deque<boolean[]> open = new ArrayDeque<>();
    private boolean afterKey;

    public JsonWriter beginObject() {
        value("{");
        open.push(new boolean[1]);
        return this;
    }

    public JsonWriter endObject() {
        return close('}');
    }

    public JsonWriter beginArray() {
        value("[");
        open.push(new boolean[1]);
        return this;
    }

    public JsonWriter endArray() {
        return close(']');
    }

    public JsonWriter key(String name) {
        separate();
        out.append(quote(name)).append(": ");
        afterKey = true;
        return this;
    }

    public JsonWriter string(String s) {
        return value(s == null ? "null" : quote(s));
    }

    public JsonWriter number(double d) {
        if (!Double.isFinite(d)) return value("null");
        if (d == Math.rint(d) && Math.abs(d) < 1e15) return value(Long.toString((long) d));
        return value(String.format(Locale.ROOT, "%s", d));
    }

    public JsonWriter bool(boolean b) {
        return value(Boolean.toString(b));
    }

    public JsonWriter nul() {
        return value("null");
    }

    /** A key and a string value; null writes null. */
    public JsonWriter field(String name, String value) {
        return key(name).string(value);
    }

    public JsonWriter field(String name, double value) {
        return key(name).number(value);
    }

    @Override
    public String toString() {
        return out.toString() + "\n";
    }

    private JsonWriter value(String text) {
        if (!afterKey) separate();
        afterKey = false;
        out.append(text);
        return this;
    }

    private void separate() {
        if (open.isEmpty()) return;
        boolean[] had = open.peek();
        out.append(had[0] ? ",\n" : "\n");
        had[0] = true;
        out.append("  ".repeat(open.size()));
    }

    private JsonWriter close(char c) {
        boolean[] had = open.pop();
        if (had[0]) out.append('\n').append("  ".repeat(open.size()));
        out.append(c);
        return this;
    }

    /** A JSON string literal. */
    public static String quote(String s) {
        StringBuilder q = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': q.append("\\\""); break;
                case '\\': q.append("\\\\"); break;
                case '\n': q.append("\\n"); break;
                case '\r': q.append("\\r"); break;
                case '\t': q.append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                        q.append(String.format("\\u%04x", (int) c));
                    } else {
                        q.append(c);
                    }
            }
        }
        return q.append('"').toString();
    }
}
