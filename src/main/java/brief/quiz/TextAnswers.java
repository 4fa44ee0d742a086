package brief.quiz;

import java.text.Normalizer;
import java.util.Locale;

/** How typed answers are compared: case, diacritics, punctuation and extra space do not matter. */
public final class TextAnswers {
    /** Answers this long or longer forgive one typo. */
    public static final int TYPO_MIN_LETTERS = 5;

    private TextAnswers() {}

    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) out.append(' ');
                space = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                space = true;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** How a typed answer compares with an expected one. */
    public enum Match { EXACT, ONE_TYPO, NO }

    public static Match compare(String typed, String expected) {
        String a = normalize(typed);
        String b = normalize(expected);
        if (a.isEmpty()) return Match.NO;
        if (a.equals(b)) return Match.EXACT;
        long letters = b.codePoints().filter(Character::isLetterOrDigit).count();
        if (letters >= TYPO_MIN_LETTERS && distance(a, b) <= 1) return Match.ONE_TYPO;
        return Match.NO;
    }

    /** Damerau-Levenshtein distance (optimal string alignment): a swap of neighbours is one typo. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
