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
                int room = width - used;
                int cut = 0;
                int taken = 0;
                while (cut < word.length()) {
                    int cp = word.codePointAt(cut);
                    int cw = DisplayWidth.of(cp);
                    if (taken + cw > room) break;
                    taken += cw;
                    cut += Character.charCount(cp);
                }
                if (cut == 0) cut = Character.charCount(word.codePointAt(0));
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
}
