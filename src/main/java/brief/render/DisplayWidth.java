package brief.render;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How many terminal columns text takes, measured the way Lanterna draws it, so that the full screen, the
 * printed page and line mode agree: text is normalised (NFC), split into the characters a reader sees
 * (grapheme clusters, as Lanterna splits them), and each takes the one or two cells Lanterna gives it: a
 * char of the CJK and Hangul blocks takes two, as does any cluster of several chars (an emoji, a letter with
 * marks NFC cannot join). The rule is written here rather than asked
 * of Lanterna so that printing loads no terminal library; a test holds it to Lanterna's for every char.
 */
public final class DisplayWidth {
    /** The blocks whose chars Lanterna draws two cells wide. */
    private static final Set<Character.UnicodeBlock> WIDE = Set.of(Character.UnicodeBlock.HIRAGANA,
            Character.UnicodeBlock.KATAKANA, Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS,
            Character.UnicodeBlock.HANGUL_COMPATIBILITY_JAMO, Character.UnicodeBlock.HANGUL_JAMO,
            Character.UnicodeBlock.HANGUL_SYLLABLES, Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
            Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A,
            Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B, Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS,
            Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS, Character.UnicodeBlock.CJK_RADICALS_SUPPLEMENT,
            Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, Character.UnicodeBlock.ENCLOSED_CJK_LETTERS_AND_MONTHS);

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
        if (simpleWidth(s) >= 0) return s;
        String n = Normalizer.normalize(s, Normalizer.Form.NFC);
        // A tab or a line end takes a cell as a space does; Lanterna makes no cell of a control character.
        StringBuilder out = null;
        for (int i = 0; i < n.length(); i++) {
            if (Character.isISOControl(n.charAt(i))) {
                if (out == null) out = new StringBuilder(n);
                out.setCharAt(i, ' ');
            }
        }
        return out == null ? n : out.toString();
    }

    /** The characters a reader sees in {@code s} (normalised), in order; each is drawn in one cell. */
    public static List<String> cells(String s) {
        String n = normal(s);
        List<String> out = new ArrayList<>(n.length());
        if (simpleWidth(n) >= 0) {
            for (int i = 0; i < n.length(); i++) out.add(String.valueOf(n.charAt(i)));
            return out;
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(n);
        for (int start = clusters.first(), end = clusters.next(); end != BreakIterator.DONE;
                start = end, end = clusters.next()) {
            out.add(n.substring(start, end));
        }
        return out;
    }

    /** The columns of one cell as {@link #cells} gives it. */
    public static int cellWidth(String cell) {
        int simple = simpleWidth(cell);
        if (simple >= 0) return simple;
        if (cell.length() == 1) return alone(cell.charAt(0));
        return 2;
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
     * punctuation, arrows, box drawing, blocks, dingbats, kana, CJK ideographs, Hangul syllables), or -1 for
     * anything else: one pass, no table, for the text nearly every frame and page is made of.
     */
    private static int simpleWidth(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x300 || c >= 0x2010 && c <= 0x2027 || c >= 0x2030 && c <= 0x205E || c >= 0x2190 && c <= 0x21FF
                    || c >= 0x2500 && c <= 0x25FF || c >= 0x2700 && c <= 0x27BF) {
                width++;
            } else if (c >= 0x3041 && c <= 0x3096 || c >= 0x4E00 && c <= 0x9FFF || c >= 0xAC00 && c <= 0xD7A3) {
                width += 2;
            } else {
                return -1;
            }
        }
        return width;
    }

    private static int alone(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        boolean wide = block != null && WIDE.contains(block)
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xFF61;
        return wide ? 2 : 1;
    }
}
