package brief.render;

import com.googlecode.lanterna.TextCharacter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How many terminal columns text takes, measured the way Lanterna draws it, so that the full screen, the
 * printed page and line mode agree: text is normalised (NFC), split into the characters a reader sees
 * (grapheme clusters), and each takes the one or two cells Lanterna gives it (East Asian wide characters,
 * emoji and any cluster of several code points take two).
 */
public final class DisplayWidth {
    /** Columns of each UTF-16 char standing alone, worked out once from Lanterna: 0 unknown, else 1 or 2. */
    private static final byte[] ALONE = new byte[Character.MAX_VALUE + 1];

    private DisplayWidth() {}

    /** The columns {@code s} takes once normalised. */
    public static int of(String s) {
        int simple = simpleWidth(s);
        if (simple >= 0) return simple;
        int width = 0;
        for (String cell : cells(s)) width += cellWidth(cell);
        return width;
    }

    /** The columns one code point takes when drawn on its own. */
    public static int of(int cp) {
        return of(new String(Character.toChars(cp)));
    }

    /** {@code s} in the form it is measured and drawn in (NFC). */
    public static String normal(String s) {
        return simpleWidth(s) >= 0 ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The characters a reader sees in {@code s} (normalised), in order; each is drawn in one cell. */
    public static List<String> cells(String s) {
        String n = normal(s);
        List<String> out = new ArrayList<>(n.length());
        if (simpleWidth(n) >= 0) {
            for (int i = 0; i < n.length(); i++) out.add(String.valueOf(n.charAt(i)));
            return out;
        }
        for (TextCharacter c : TextCharacter.fromString(n)) out.add(c.getCharacterString());
        return out;
    }

    /** The columns of one cell as {@link #cells} gives it. */
    public static int cellWidth(String cell) {
        if (cell.length() == 1) return alone(cell.charAt(0));
        return TextCharacter.fromString(cell)[0].isDoubleWidth() ? 2 : 1;
    }

    /** Whether every char of {@code s} is a cell of its own and NFC leaves it as it is. */
    public static boolean simple(String s) {
        return simpleWidth(s) >= 0;
    }

    /** The longest start of {@code s} (normalised) that fits in {@code columns}, cut between cells. */
    public static String fit(String s, int columns) {
        if (columns <= 0) return "";
        String n = normal(s);
        if (of(n) <= columns) return n;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (String cell : cells(n)) {
            int w = cellWidth(cell);
            if (used + w > columns) break;
            out.append(cell);
            used += w;
        }
        return out.toString();
    }

    /**
     * The width of text made only of chars that stand alone and that NFC does not change (Latin, general
     * punctuation, arrows, box drawing, blocks, dingbats, the CJK and Hangul blocks), or -1 for anything else.
     */
    private static int simpleWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x300) {
                width++;
            } else if (simpleBlock(c)) {
                width += alone(c);
            } else {
                return -1;
            }
        }
        return width;
    }

    private static boolean simpleBlock(char c) {
        return c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E || c >= 0x2190 && c <= 0x21FF
                || c >= 0x2500 && c <= 0x25FF || c >= 0x2700 && c <= 0x27BF || c >= 0x3041 && c <= 0x3096
                || c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3;
    }

    private static int alone(char c) {
        // Lanterna gives the blocks of simpleWidth these widths (a test checks every char): told without loading
        // Lanterna, so that printing the page, which has typographic quotes and dashes, does not load it.
        if (c < 0x300 || simpleBlock(c)) return c >= 0x3041 ? 2 : 1;
        int known = ALONE[c];
        if (known == 0) {
            known = TextCharacter.fromCharacter(c)[0].isDoubleWidth() ? 2 : 1;
            ALONE[c] = (byte) known;
        }
        return known;
    }
}
