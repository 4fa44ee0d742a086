package brief.ui.line;

import brief.render.DisplayWidth;
import brief.render.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line mode's text folded at word boundaries to the terminal's width, each line's continuation indented under its
 * text: under the option after "  b) ", under the point after "  [F] ", two further in for an indented paragraph.
 */
final class Folding {
    /** What starts an item: an option's letter or number, a point's kind, a verdict or a bullet symbol. */
    private static final Pattern MARKER = Pattern.compile("(?:[a-z0-9]{1,2}\\)|\\[[A-Z]\\]|[^\\p{L}\\p{N}\\s\\[(“\"'»…]{1,2}) +");

    private Folding() {}

    /** {@code text}'s lines, each folded to {@code width} columns; unfolded when the width is not known (0). */
    static List<String> fold(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (width <= 0) out.add(line);
            else out.addAll(Wrap.keepingSpaces(line, width, hang(line)));
        }
        return out;
    }

    /** The indent of a line's continuation. */
    static String hang(String line) {
        int lead = 0;
        while (lead < line.length() && line.charAt(lead) == ' ') lead++;
        Matcher m = MARKER.matcher(line).region(lead, line.length());
        if (m.lookingAt()) return " ".repeat(lead + DisplayWidth.of(m.group()));
        return " ".repeat(lead == 0 ? 0 : lead + 2);
    }
}
