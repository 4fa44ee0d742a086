package brief.ui.tui;

import brief.render.DisplayWidth;
import brief.render.Wrap;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows a screen shows, laid out before any is drawn, so that what does not fit can scroll and the
 * part the reader is working on (its focus) can be kept in sight.
 */
final class Page {
    record Span(int col, String text, Canvas.Style style) {}

    /** The columns text may use, from column 0. */
    final int width;
    private final List<List<Span>> rows = new ArrayList<>();
    private int focusFrom = -1;
    private int focusTo = -1;
    private int contextFrom = -1;
    private int contextTo = -1;

    Page(int width) {
        this.width = width;
    }

    int size() {
        return rows.size();
    }

    /** Adds one row of text, to be cut at the edge if it is too long. */
    Page line(int col, String text, Canvas.Style style) {
        List<Span> row = new ArrayList<>(2);
        row.add(new Span(col, text, style));
        rows.add(row);
        return this;
    }

    Page blank() {
        rows.add(new ArrayList<>(1));
        return this;
    }

    /** Adds text wrapped into the columns from {@code col} to {@code col + w}; returns the rows it took. */
    int wrapped(int col, int w, String text, Canvas.Style style, String first, String rest) {
        List<String> lines = Wrap.lines(DisplayWidth.normal(text), Math.max(1, w), first, rest);
        for (String l : lines) line(col, l, style);
        return lines.size();
    }

    /** Adds more text to a row already laid out (a cursor mark beside an option). */
    Page put(int row, int col, String text, Canvas.Style style) {
        rows.get(row).add(new Span(col, text, style));
        return this;
    }

    /** An option: a mark in column {@code col} when chosen, its label wrapped beside it. Returns its rows. */
    int option(int col, boolean chosen, String label, String hang) {
        int first = size();
        int n = wrapped(col + 2, width - col - 2, label, chosen ? Canvas.Style.SELECTED : Canvas.Style.PLAIN, "", hang);
        put(first, col, chosen ? "›" : " ", Canvas.Style.BOLD);
        if (chosen) focus(first, first + n);
        return n;
    }

    /** The rows from {@code from} up to (not including) {@code to} are the ones to keep in sight. */
    Page focus(int from, int to) {
        focusFrom = from;
        focusTo = Math.max(from + 1, to);
        return this;
    }

    /**
     * Rows around the focus worth showing with it (a chosen point and its evidence): kept in sight when they
     * fit the window, else the focus alone is.
     */
    Page context(int from, int to) {
        contextFrom = from;
        contextTo = Math.max(from + 1, to);
        return this;
    }

    int contextFrom() {
        return contextFrom < 0 ? focusFrom : contextFrom;
    }

    int contextTo() {
        return contextFrom < 0 ? focusTo : contextTo;
    }

    int focusFrom() {
        return focusFrom;
    }

    int focusTo() {
        return focusTo;
    }

    /** Draws rows {@code first} onwards on {@code count} rows of the canvas from {@code at}. */
    void draw(Canvas c, int at, int first, int count) {
        for (int i = 0; i < count && first + i < rows.size(); i++) {
            for (Span s : rows.get(first + i)) c.text(at + i, s.col(), s.text(), s.style());
        }
    }

    /** The text of every row, for measuring and for tests. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (List<Span> row : rows) out.add(String.join(" ", row.stream().map(Span::text).toList()));
        return out;
    }
}
