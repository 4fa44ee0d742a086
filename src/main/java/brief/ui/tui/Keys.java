package brief.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/** Reading keys the same way on every screen. */
final class Keys {
    private Keys() {}

    static boolean is(KeyStroke k, char c) {
        return FullScreen.isChar(k, c);
    }

    static boolean back(KeyStroke k) {
        return k.getKeyType() == KeyType.Escape || is(k, 'q');
    }

    static boolean enter(KeyStroke k) {
        return k.getKeyType() == KeyType.Enter;
    }

    static boolean up(KeyStroke k) {
        return k.getKeyType() == KeyType.ArrowUp || is(k, 'k');
    }

    static boolean down(KeyStroke k) {
        return k.getKeyType() == KeyType.ArrowDown || is(k, 'j');
    }

    static boolean left(KeyStroke k) {
        return k.getKeyType() == KeyType.ArrowLeft || is(k, 'h');
    }

    static boolean right(KeyStroke k) {
        return k.getKeyType() == KeyType.ArrowRight || is(k, 'l');
    }

    /** The 0-based index a letter (a, b, …) or digit (1, 2, …) names, or -1. */
    static int choice(KeyStroke k) {
        if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) return -1;
        char c = Character.toLowerCase(k.getCharacter());
        if (c >= 'a' && c <= 'z') return c - 'a';
        if (c >= '1' && c <= '9') return c - '1';
        return -1;
    }

    /** The 0-based index a digit names, or -1. */
    static int digit(KeyStroke k) {
        if (k.getKeyType() != KeyType.Character || k.isCtrlDown()) return -1;
        char c = k.getCharacter();
        return c >= '1' && c <= '9' ? c - '1' : -1;
    }
}
