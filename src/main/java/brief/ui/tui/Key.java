package brief.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Predicate;

/**
 * A key, or a run of keys such as the letters of the options, as the help names it and as it is matched.
 *
 * @param label  how the help and the footer name it
 * @param sample one key stroke it matches, to tell whether a key table already uses it
 */
record Key(String label, KeyStroke sample, Predicate<KeyStroke> test) {
    static final Key ENTER = of(KeyType.Enter, "Enter");
    static final Key ESC = of(KeyType.Escape, "Esc");
    static final Key TAB = of(KeyType.Tab, "Tab");
    static final Key UP = of(KeyType.ArrowUp, "↑");
    static final Key DOWN = of(KeyType.ArrowDown, "↓");
    static final Key LEFT = of(KeyType.ArrowLeft, "←");
    static final Key RIGHT = of(KeyType.ArrowRight, "→");
    static final Key PAGE_UP = of(KeyType.PageUp, "PgUp");
    static final Key PAGE_DOWN = of(KeyType.PageDown, "PgDn");
    static final Key HOME = of(KeyType.Home, "Home");
    static final Key END = of(KeyType.End, "End");
    static final Key BACKSPACE = of(KeyType.Backspace, "Backspace");
    static final Key DELETE = of(KeyType.Delete, "Delete");
    static final Key F1 = of(KeyType.F1, "F1");
    static final Key SPACE = chr(' ');

    static Key of(KeyType type, String label) {
        return new Key(label, new KeyStroke(type), k -> k.getKeyType() == type && !k.isCtrlDown() && !k.isAltDown());
    }

    /** A plain character key (no Ctrl or Alt). */
    static Key chr(char c) {
        return new Key(c == ' ' ? "Space" : String.valueOf(c), new KeyStroke(c, false, false), k -> is(k, c));
    }

    static Key ctrl(char c) {
        char lower = Character.toLowerCase(c);
        return new Key("Ctrl-" + Character.toUpperCase(c), new KeyStroke(lower, true, false),
                k -> k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == lower);
    }

    /** The first {@code count} letters, a, b, c… */
    static Key letters(int count) {
        return new Key(count == 1 ? "a" : "a–" + (char) ('a' + count - 1), new KeyStroke('a', false, false),
                k -> letter(k) >= 0 && letter(k) < count);
    }

    /** The first {@code count} digits, 1, 2, 3… (at most nine). */
    static Key digits(int count) {
        int n = Math.min(9, count);
        return new Key(n == 1 ? "1" : "1–" + n, new KeyStroke('1', false, false), k -> digit(k) >= 0 && digit(k) < n);
    }

    /** Any printable character, as typed into a text answer. */
    static Key typed(String label, Predicate<Character> which) {
        return new Key(label, new KeyStroke('x', false, false), k -> k.getKeyType() == KeyType.Character
                && !k.isCtrlDown() && !k.isAltDown() && which.test(k.getCharacter()));
    }

    boolean matches(KeyStroke k) {
        return test.test(k);
    }

    static boolean is(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && k.getCharacter() == c && !k.isCtrlDown() && !k.isAltDown();
    }

    /** The 0-based index a letter (a, b, …) names, or -1. */
    static int letter(KeyStroke k) {
        if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) return -1;
        char c = Character.toLowerCase(k.getCharacter());
        return c >= 'a' && c <= 'z' ? c - 'a' : -1;
    }

    /** The 0-based index a digit (1, 2, …) names, or -1. */
    static int digit(KeyStroke k) {
        if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) return -1;
        char c = k.getCharacter();
        return c >= '1' && c <= '9' ? c - '1' : -1;
    }

    static boolean ctrlC(KeyStroke k) {
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c';
    }
}
