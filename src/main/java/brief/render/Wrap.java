package brief.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Word wrapping by display width, with a first-line prefix and a hanging indent. */
public final class Wrap {
    /** Compiled once: print wraps every line it writes, before the JIT has compiled anything. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Wrap() {}

    /** A word and the spaces written before it, which count only between words on one line. */
    private record Word(String gap, String text) {}

    /**
     * Wraps {@code text} into lines no wider than {@code width} columns: the first starts with
     * {@code first}, the rest with {@code rest}. Words too long for a line are broken.
     */
    public static List<String> lines(String text, int width, String first, String rest) {
        List<Word> words = new ArrayList<>();
        for (String word : SPACES.split(text.strip())) {
            if (!word.isEmpty()) words.add(new Word(" ", word));
        }
        List<String> out = fill(first, words, width, rest);
        out.set(out.size() - 1, out.get(out.size() - 1).stripTrailing());
        return out;
    }

    /**
     * Wraps one line at its spaces into lines no wider than {@code width}, keeping the spacing inside each line as
     * written (columns of "t) true   f) false" stay apart); lines after the first start with {@code rest}, and a
     * word wider than a line is broken.
     */
    public static List<String> keepingSpaces(String line, int width, String rest) {
        if (DisplayWidth.of(line) <= width) return List.of(line);
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') lead++;
        List<Word> words = new ArrayList<>();
        String spaces = "";
        for (int at = lead; at < line.length(); ) {
            int end = at;
            boolean space = line.charAt(at) == ' ';
            while (end < line.length() && (line.charAt(end) == ' ') == space) end++;
            if (space) spaces = line.substring(at, end);
            else words.add(new Word(spaces, line.substring(at, end)));
            at = end;
        }
        return fill(line.substring(0, lead), words, width, DisplayWidth.of(rest) > width / 2 ? "" : rest);
    }

    /** Lays words out on lines: the first starts with {@code start}, later ones with {@code rest}. */
    private static List<String> fill(String start, List<Word> words, int width, String rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(start);
        int used = DisplayWidth.of(start);
        boolean lineHasWord = false;
        for (Word word : words) {
            String text = word.text();
            int w = DisplayWidth.of(text);
            if (lineHasWord && used + word.gap().length() + w > width) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                used = DisplayWidth.of(rest);
                lineHasWord = false;
            }
            if (lineHasWord) {
                line.append(word.gap());
                used += word.gap().length();
            }
            while (!text.isEmpty() && used + w > width) {
                // A word wider than the line: break it where the line is full.
                int cut = Math.max(fitting(text, width - used), Character.charCount(text.codePointAt(0)));
                out.add(line.append(text, 0, cut).toString());
                text = text.substring(cut);
                w = DisplayWidth.of(text);
                line = new StringBuilder(rest);
                used = DisplayWidth.of(rest);
            }
            line.append(text);
            used += w;
            lineHasWord = lineHasWord || !text.isEmpty();
        }
        if (lineHasWord || out.isEmpty()) out.add(line.toString());
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
