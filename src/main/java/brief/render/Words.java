package brief.render;

/** Counts in words, as a reader expects them: "1 point", "2 points". */
public final class Words {
    private Words() {}

    /** The number and the noun, the noun with an s unless the number is 1. */
    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
