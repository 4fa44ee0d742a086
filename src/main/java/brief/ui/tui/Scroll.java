package brief.ui.tui;

/**
 * Where a page is scrolled to. What is above or below the window is counted on a row of its own
 * ("↑ 3 more", "↓ 5 more"); when the page's focus moves, or the window changes size, the window moves
 * to keep it in sight, and otherwise stays where the reader scrolled it.
 */
final class Scroll {
    private int top;
    private int lastFrom = -2;
    private int lastTo = -2;
    private int lastHeight = -1;
    private int lastSize;

    /** Draws {@code page} on {@code height} rows of the canvas from row {@code at}. */
    void draw(Canvas c, int at, int height, Page page) {
        int n = page.size();
        lastSize = n;
        if (height <= 0) return;
        boolean moved = page.focusFrom() != lastFrom || page.focusTo() != lastTo || height != lastHeight;
        lastFrom = page.focusFrom();
        lastTo = page.focusTo();
        lastHeight = height;
        if (n <= height) {
            top = 0;
            page.draw(c, at, 0, n);
            return;
        }
        if (moved && page.focusFrom() >= 0) {
            int from = Math.min(page.focusFrom(), page.contextFrom());
            int to = Math.max(page.focusTo(), page.contextTo());
            // The "more" rows above and below take two of the window's rows.
            if (to - from <= height - 2) keep(from, to, n, height);
            else keep(page.focusFrom(), page.focusTo(), n, height);
        }
        top = clamp(top, n, height);
        int body = body(top, n, height);
        int row = at;
        if (top > 0) c.text(row++, 2, "↑ " + top + " more (PgUp)", Canvas.Style.DIM);
        page.draw(c, row, top, body);
        int below = n - top - body;
        if (below > 0) c.text(row + body, 2, "↓ " + below + " more (PgDn)", Canvas.Style.DIM);
    }

    /** Moves the window the least that shows rows {@code from} to {@code to}, or their start if they cannot all fit. */
    private void keep(int from, int to, int n, int height) {
        for (int pass = 0; pass < 3; pass++) {
            int body = body(top, n, height);
            if (from < top) top = from;
            else if (to > top + body) top = Math.min(from, to - body);
            top = clamp(top, n, height);
        }
        if (from < top) top = from;
        top = clamp(top, n, height);
    }

    /** The rows of the page shown when the window starts at {@code t}: the height less the "more" rows. */
    private static int body(int t, int n, int height) {
        int rows = height - (t > 0 ? 1 : 0);
        if (t + rows < n) rows--;
        return Math.max(1, rows);
    }

    /** The last start that still fills the window: the rest of the page and its "↑ more" row. */
    private static int clamp(int t, int n, int height) {
        if (n <= height) return 0;
        return Math.max(0, Math.min(t, n - height + 1));
    }

    void by(int rows) {
        top = Math.max(0, top + rows);
    }

    /** A page is the window less its two "more" rows and one row kept from before. */
    void pages(int count) {
        by(count * Math.max(1, lastHeight - 3));
    }

    void home() {
        top = 0;
    }

    void end() {
        top = Math.max(0, lastSize);
    }

    /** PgUp, PgDn, Home and End for this page; with {@code arrows}, ↑/↓ and j/k scroll a row too. */
    KeyTable keys(KeyTable t, boolean arrows) {
        if (arrows) {
            t.add("↑/↓, j/k", "scroll a row", null, k -> {
                by(Key.UP.matches(k) || Key.is(k, 'k') ? -1 : 1);
                return View.Step.STAY;
            }, Key.UP, Key.DOWN, Key.chr('k'), Key.chr('j'));
        }
        t.add("PgUp/PgDn", "scroll a page", null, k -> {
            pages(Key.PAGE_UP.matches(k) ? -1 : 1);
            return View.Step.STAY;
        }, Key.PAGE_UP, Key.PAGE_DOWN);
        t.add("Home/End", "to the top, to the bottom", null, k -> {
            if (Key.HOME.matches(k)) home();
            else end();
            return View.Step.STAY;
        }, Key.HOME, Key.END);
        return t;
    }
}
