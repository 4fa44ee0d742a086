package brief.schedule;

/** How well a question was recalled, in FSRS's four grades. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    /** FSRS's number for the grade, 1 to 4: the formulas are written in it. */
    final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /**
     * The one place an answer becomes a grade, as the FSRS authors advise for a tool without rating buttons:
     * full credit without a hint is Good; at least half the credit, or full credit with a hint, is Hard; less
     * than half, or a skip, is Again. brief never gives Easy.
     *
     * @param credit the share of the question's points the answer earned before any hint halved them, 0 to 1
     */
    public static Rating of(double credit, boolean hintUsed, boolean skipped) {
        if (skipped || credit < 0.5) return AGAIN;
        return credit >= 1 && !hintUsed ? GOOD : HARD;
    }

    /** Any grade but Again counts as remembered. */
    public boolean recalled() {
        return this != AGAIN;
    }
}
