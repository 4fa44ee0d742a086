package brief.quiz;

/** Right, partly right or wrong: each with a symbol and a word, so that colour is never needed. */
public enum Verdict {
    RIGHT("✓", "Right"), PARTLY("~", "Partly right"), WRONG("✗", "Wrong"), SKIPPED("–", "Skipped");

    private final String symbol;
    private final String word;

    Verdict(String symbol, String word) {
        this.symbol = symbol;
        this.word = word;
    }

    public String symbol() {
        return symbol;
    }

    public String word() {
        return word;
    }

    static Verdict of(double credit) {
        return credit >= 1 ? RIGHT : credit > 0 ? PARTLY : WRONG;
    }
}
