package brief.quiz;

import java.util.Locale;

/** Points, progress bars and the quiz's status line, written the same way in line mode, the full screen and stats. */
public final class Scoreboard {
    private Scoreboard() {}

    /** How a bar is drawn: brackets and ASCII where text may be piped or read aloud, blocks on the full screen. */
    public enum Bar {
        ASCII {
            String draw(int filled, int empty) {
                return "[" + "#".repeat(filled) + ".".repeat(empty) + "]";
            }
        },
        BLOCKS {
            String draw(int filled, int empty) {
                return "█".repeat(filled) + "░".repeat(empty);
            }
        };

        abstract String draw(int filled, int empty);
    }

    /** Points as a reader writes them: "3" for whole points, "1.5" for partial credit. */
    public static String points(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** A bar of {@code cells} cells filled in proportion to {@code fraction} (clamped to 0..1). */
    public static String bar(double fraction, int cells, Bar style) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(f * cells);
        return style.draw(filled, cells - filled);
    }

    /** The share of {@code possible} that {@code points} is, 0 when nothing was possible. */
    public static double share(double points, double possible) {
        return possible <= 0 ? 0 : points / possible;
    }

    /**
     * "Question 3 of 12  [#####...]  score 4/5  streak 2": where the reader is, as question {@code number}
     * (1-based) of the session, with the score so far.
     */
    public static String status(QuizSession s, int number, Bar style) {
        return status(s, number, style, 20);
    }

    /** As {@link #status(QuizSession, int, Bar)}, with a bar of {@code cells} cells (narrow windows need fewer). */
    public static String status(QuizSession s, int number, Bar style, int cells) {
        // Joined, not formatted: this line comes before the first question, and a Formatter costs a start-up more.
        return "Question " + number + " of " + s.total() + "  " + bar(share(s.index(), s.total()), cells, style)
                + "  score " + points(s.score()) + "/" + s.possibleSoFar()
                + (s.streak() >= 2 ? "  streak " + s.streak() : "");
    }
}
