package brief.ui.tui;

import java.util.function.IntFunction;

/**
 * A list to choose from, the same on every screen that has one: ↑/↓ or j/k move the choice, a digit
 * chooses and does at once, Enter does the chosen one; in a long list Home/End go to the ends and PgUp/PgDn
 * move the choice by five.
 */
final class Menu {
    private static final int PAGE = 5;
    private int selected;

    int selected() {
        return selected;
    }

    void select(int index) {
        selected = index;
    }

    /**
     * Adds the menu's keys for {@code count} items to {@code t}.
     *
     * @param what what the items are, for the help ("a briefing")
     * @param verb what Enter does with the chosen one ("open")
     */
    KeyTable keys(KeyTable t, int count, String what, String verb, IntFunction<View.Step> act) {
        int last = Math.max(0, count - 1);
        selected = Math.max(0, Math.min(selected, last));
        t.add("↑/↓, j/k", "choose " + what, "choose", k -> {
            boolean up = Key.UP.matches(k) || Key.is(k, 'k');
            selected = Math.max(0, Math.min(last, selected + (up ? -1 : 1)));
            return View.Step.STAY;
        }, Key.UP, Key.DOWN, Key.chr('k'), Key.chr('j'));
        t.add("Enter", verb + " the chosen one", verb, k -> act.apply(selected), Key.ENTER);
        if (count > 0) {
            t.add(verb + " that one", null, k -> {
                int i = Key.digit(k);
                selected = i;
                return act.apply(i);
            }, Key.digits(count));
        }
        // A short menu leaves PgUp, PgDn, Home and End to scroll the screen it is on.
        if (count <= PAGE) return t;
        t.add("Home/End", "the first, the last", null, k -> {
            selected = Key.HOME.matches(k) ? 0 : last;
            return View.Step.STAY;
        }, Key.HOME, Key.END);
        t.add("PgUp/PgDn", "move the choice by " + PAGE, null, k -> {
            selected = Math.max(0, Math.min(last, selected + (Key.PAGE_UP.matches(k) ? -PAGE : PAGE)));
            return View.Step.STAY;
        }, Key.PAGE_UP, Key.PAGE_DOWN);
        return t;
    }
}
