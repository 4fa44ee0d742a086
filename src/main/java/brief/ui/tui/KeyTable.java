package brief.ui.tui;

import brief.render.DisplayWidth;
import brief.render.Wrap;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys of one screen in one state: what each does, matched in the order they were added. The same
 * table answers the keys and writes the help and the footer, so that these cannot disagree with the keys.
 */
final class KeyTable {
    /** What a key does; most actions change the view and stay on it. */
    interface Action {
        View.Step on(KeyStroke key);
    }

    /**
     * @param label  how the help names the keys, or null to list them
     * @param footer the word or two shown in the footer after the keys, or null to leave it out of the footer
     */
    record Binding(List<Key> keys, String label, String does, String footer, Action action) {
        Binding {
            keys = List.copyOf(keys);
        }

        String shown() {
            if (label != null) return label;
            return String.join(", ", keys.stream().map(Key::label).toList());
        }

        /** The keys as the footer names them: the first of those the help lists. */
        String footerKeys() {
            String all = shown();
            int comma = all.indexOf(", ");
            return comma > 0 ? all.substring(0, comma) : all;
        }

        boolean matches(KeyStroke k) {
            for (Key key : keys) if (key.matches(k)) return true;
            return false;
        }
    }

    private final List<Binding> bindings = new ArrayList<>();

    /** Adds keys with what they do; a key an earlier line already uses is left out of this one. */
    KeyTable add(String does, String footer, Action action, Key... keys) {
        return add(null, does, footer, action, keys);
    }

    /** As {@link #add(String, String, Action, Key...)}, naming the keys {@code label} while none is left out. */
    KeyTable add(String label, String does, String footer, Action action, Key... keys) {
        List<Key> free = new ArrayList<>();
        for (Key k : keys) if (!handles(k.sample())) free.add(k);
        if (free.isEmpty()) return this;
        bindings.add(new Binding(free, free.size() == keys.length ? label : null, does, footer, action));
        return this;
    }

    /** Adds a key whose action only changes the view. */
    KeyTable stay(String does, String footer, Runnable action, Key... keys) {
        return add(does, footer, k -> {
            action.run();
            return View.Step.STAY;
        }, keys);
    }

    KeyTable stay(String label, String does, String footer, Runnable action, Key... keys) {
        return add(label, does, footer, k -> {
            action.run();
            return View.Step.STAY;
        }, keys);
    }

    KeyTable addAll(KeyTable other) {
        for (Binding b : other.bindings) add(b.label(), b.does(), b.footer(), b.action(), b.keys().toArray(new Key[0]));
        return this;
    }

    boolean handles(KeyStroke k) {
        return find(k) != null;
    }

    /** What the key does, or null when this table has no use for it. */
    View.Step handle(KeyStroke k) {
        Binding b = find(k);
        return b == null ? null : b.action().on(k);
    }

    private Binding find(KeyStroke k) {
        for (Binding b : bindings) if (b.matches(k)) return b;
        return null;
    }

    List<Binding> bindings() {
        return List.copyOf(bindings);
    }

    /** The help: the keys in a column as wide as the widest, what they do wrapped beside them. */
    static List<String> help(List<Binding> lines, int width) {
        int keys = 0;
        for (Binding b : lines) keys = Math.max(keys, DisplayWidth.of(b.shown()));
        keys = Math.min(keys, Math.max(6, width / 3));
        List<String> out = new ArrayList<>();
        String hang = " ".repeat(keys + 2);
        for (Binding b : lines) {
            String label = b.shown();
            int w = DisplayWidth.of(label);
            if (w > keys) {
                out.addAll(Wrap.lines(label, width, "", ""));
                out.addAll(Wrap.lines(b.does(), width, hang, hang));
            } else {
                out.addAll(Wrap.lines(b.does(), width, label + " ".repeat(keys - w + 2), hang));
            }
        }
        return out;
    }

    /** The footer: "keys what" for each line that has a footer word, wrapped between entries. */
    List<String> footer(int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (Binding b : bindings) {
            if (b.footer() == null) continue;
            String entry = b.footerKeys() + " " + b.footer();
            int w = DisplayWidth.of(entry);
            if (used > 0 && used + 3 + w > width) {
                out.add(line.toString());
                line.setLength(0);
                used = 0;
            }
            if (used > 0) {
                line.append(" · ");
                used += 3;
            }
            line.append(entry);
            used += w;
        }
        if (used > 0) out.add(line.toString());
        return out;
    }
}
