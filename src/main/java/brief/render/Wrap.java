package brief.render;

import java.util.ArrayList;
import java.util.List;

/** Word wrapping by display width, with a first-line prefix and a hanging indent. */
public final class Wrap {
    private Wrap() {}

    /**
     * Wraps {@code text} into lines no wider than {@code width} columns: the first starts with
     * {@code first}, the rest with {@code rest}. Words too long for a line are broken.
     */
    public static List<String> lines(String text, int width, String first, String rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int used = DisplayWidth.of(first);
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            int w = DisplayWidth.of(word);
            if (!empty && used + 1 + w <= width) {
                line.append(' ').append(word);
                used += 1 + w;
                continue;
            }
            if (!empty) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                used = DisplayWidth.of(rest);
            }
            while (used + w > width) {
                // A word longer than the line: break it where the line is full.
                int cut = Math.max(fitting(word, width - used), Character.charCount(word.codePointAt(0)));
                out.add(line.append(word, 0, cut).toString());
                word = word.substring(cut);
                w = DisplayWidth.of(word);
                line = new StringBuilder(rest);
                used = DisplayWidth.of(rest);
            }
            line.append(word);
            used += w;
            empty = false;
        }
        if (!empty || out.isEmpty()) out.add(line.toString().stripTrailing());
        return out;
    }

    /**
     * Wraps one line at its spaces into lines no wider than {@code width}, keeping the spacing inside each line as
     * written (columns of "t) true   f) false" stay apart); lines after the first start with {@code rest}, and a
     * word wider than a line is broken.
     */
    public static List<String> keepingSpaces(String line, int width, String rest) {
        if (DisplayWidth.of(line) <= width) return List.of(line);
        String indent = DisplayWidth.of(rest) > width / 2 ? "" : rest;
        List<String> out = new ArrayList<>();
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') lead++;
        StringBuilder current = new StringBuilder(line.substring(0, lead));
        int used = lead;
        boolean lineHasWord = false;
        String spaces = "";
        for (int at = lead; at < line.length(); ) {
            int end = at;
            boolean space = line.charAt(at) == ' ';
            while (end < line.length() && (line.charAt(end) == ' ') == space) end++;
            String token = line.substring(at, end);
            at = end;
            if (space) {
                spaces = token;
                continue;
            }
            int w = DisplayWidth.of(token);
            if (lineHasWord && used + spaces.length() + w > width) {
                out.add(current.toString());
                current = new StringBuilder(indent);
                used = DisplayWidth.of(indent);
                lineHasWord = false;
            }
            if (lineHasWord) {
                current.append(spaces);
                used += spaces.length();
            }
            while (used + w > width) {
                // A word wider than the line: break it where the line is full.
                int cut = Math.max(fitting(token, width - used), Character.charCount(token.codePointAt(0)));
                out.add(current.append(token, 0, cut).toString());
                token = token.substring(cut);
                w = DisplayWidth.of(token);
                current = new StringBuilder(indent);
                used = DisplayWidth.of(indent);
            }
            current.append(token);
            used += w;
            lineHasWord = lineHasWord || !token.isEmpty();
        }
        if (lineHasWord || out.isEmpty()) out.add(current.toString());
        return out;
    }

    /** How many chars of {@code word}'s start fit in {@code room} columns, whole code points only. */
    private static int fitting(String word, int room) {
        int cut = 0;
        int taken = 0;
        while (cut < word.length()) {
            int cp = word.codePointAt(cut);
            int cw = DisplayWidth.of(cp);
            if (taken + cw > room) break;
            taken += cw;
            cut += Character.charCount(cp);
        }
        return cut;
    }
}
