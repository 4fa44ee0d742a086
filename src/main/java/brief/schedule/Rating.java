package brief.schedule;

/** How well a question was recalled, in FSRS's four grades. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    /** FSRS's number for the grade, 1 to 4: the formulas are written in it. */
    final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    /** Any grade but Again counts as remembered. */
    public boolean recalled() {
        return this != AGAIN;
    }
}
