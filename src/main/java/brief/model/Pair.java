package brief.model;

/** One right pairing of a match question. */
public record Pair(String id, String left, String right) {
    public Pair {
        Checks.id(id);
        Checks.text(left, "pair left");
        Checks.text(right, "pair right");
    }
}
