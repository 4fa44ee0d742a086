package brief.quiz;

import brief.model.Spelling;
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
        if (letters >= TYPO_MIN_LETTERS && Spelling.distance(a, b) <= 1) return Match.ONE_TYPO;
        return Match.NO;
    }
}
