package brief.quiz;

/**
 * A hint on offer, and what taking it costs.
 *
 * @param cost the share of the question's points it takes away: 0.5 or 0.25
 */
public record Hint(String text, double cost) {
    public static final double AUTHORED = 0.5;
    public static final double SMALL = 0.25;

    public Hint {
        if (!(cost > 0 && cost < 1)) throw new IllegalArgumentException("a hint costs part of the points: " + cost);
    }

    /** What it costs, in words said before it is taken: "costs half the points". */
    public String costWords() {
        return cost == AUTHORED ? "costs half the points" : cost == SMALL ? "costs a quarter of the points"
                : "costs " + Math.round(cost * 100) + "% of the points";
    }
}
