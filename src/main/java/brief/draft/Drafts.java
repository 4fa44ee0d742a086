package brief.draft;

/** Small decisions about a draft that the command needs before the article is analysed. */
public final class Drafts {
    private Drafts() {}

    /** An id from the headline's first words, or from the text's when there is no headline. */
    public static String idFor(String headline, String text) {
        String from = headline == null || headline.isBlank() ? text : headline;
        return Words.slug(from, 5);
    }
}
