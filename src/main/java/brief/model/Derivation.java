package brief.model;

/** Which sections the tool may derive quiz questions from; every one is on unless the author turns it off. */
public record Derivation(boolean figures, boolean quotes, boolean people, boolean timeline) {
    public static final Derivation ALL = new Derivation(true, true, true, true);
    public static final Derivation NONE = new Derivation(false, false, false, false);
}
