package brief.quiz;

/**
 * One of the reader's own picks, positions or pairs, marked right or wrong in the feedback.
 *
 * @param text  what the reader chose, in words ("2. Lee speaks in Beijing", "Alibaba — E-commerce giant")
 * @param right whether that pick, position or pair was right
 * @param note  what the right one is, where it was wrong; else null
 */
public record Mark(String text, boolean right, String note) {
    public String symbol() {
        return right ? Verdict.RIGHT.symbol() : Verdict.WRONG.symbol();
    }

    /** As a line of feedback: "✓ AI" or "✗ Steel (not one of them)". */
    @Override
    public String toString() {
        return symbol() + " " + text + (note == null ? "" : " (" + note + ")");
    }
}
