package brief.ui.tui;

import brief.quiz.Scoreboard;
import brief.render.DisplayWidth;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * Drawing on one frame: text placed by display columns (wide characters take two),
 * clipped to the frame. Colour is added only when allowed, and never carries meaning on its own.
 */
final class Canvas {
    enum Style { PLAIN, BOLD, DIM, SELECTED, GOOD, PARTLY, BAD }

    private final TextGraphics g;
    final int width;
    final int height;
    private final boolean colour;

    Canvas(TextGraphics g, int width, int height, boolean colour) {
        this.g = g;
        this.width = width;
        this.height = height;
        this.colour = colour;
    }

    /**
     * Writes text at a row and column, cut at the right edge; returns the column after it. Text whose chars
     * are each a cell goes out as it is; anything else cell by cell, as {@link DisplayWidth} measured it.
     */
    int text(int row, int col, String text, Style style) {
        if (row < 0 || row >= height || col >= width) return col;
        String clipped = clip(text, width - col);
        apply(style);
        int end;
        if (DisplayWidth.simple(clipped)) {
            g.putString(col, row, clipped);
            end = col + DisplayWidth.of(clipped);
        } else {
            end = col;
            for (TextCharacter cell : TextCharacter.fromString(clipped, g.getForegroundColor(), g.getBackgroundColor(),
                    g.getActiveModifiers())) {
                g.setCharacter(end, row, cell);
                end += DisplayWidth.cellWidth(cell.getCharacterString());
            }
        }
        reset();
        return end;
    }

    int text(int row, int col, String text) {
        return text(row, col, text, Style.PLAIN);
    }

    /** A line of the frame's width drawn with a box character. */
    void rule(int row) {
        text(row, 0, "─".repeat(Math.max(0, width)), Style.DIM);
    }

    /** A bar of cells filled in proportion, in characters that need no colour. */
    static String bar(double fraction, int cells) {
        return Scoreboard.bar(fraction, cells, Scoreboard.Bar.BLOCKS);
    }

    /** The longest start of {@code text} (normalised) that fits in {@code columns}, with … when cut. */
    static String clip(String text, int columns) {
        if (columns <= 0) return "";
        String n = DisplayWidth.normal(text);
        if (DisplayWidth.of(n) <= columns) return n;
        return DisplayWidth.fit(n, columns - 1) + "…";
    }

    private void apply(Style style) {
        switch (style) {
            case BOLD:
                g.enableModifiers(SGR.BOLD);
                break;
            case SELECTED:
                g.enableModifiers(SGR.REVERSE);
                break;
            case DIM:
                if (colour) g.setForegroundColor(TextColor.ANSI.BLUE);
                break;
            case GOOD:
                g.enableModifiers(SGR.BOLD);
                if (colour) g.setForegroundColor(TextColor.ANSI.GREEN);
                break;
            case PARTLY:
                g.enableModifiers(SGR.BOLD);
                if (colour) g.setForegroundColor(TextColor.ANSI.YELLOW);
                break;
            case BAD:
                g.enableModifiers(SGR.BOLD);
                if (colour) g.setForegroundColor(TextColor.ANSI.RED);
                break;
            case PLAIN:
                break;
        }
    }

    private void reset() {
        g.clearModifiers();
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
    }
}
