package brief.model;

/**
 * Words someone said, verbatim from the article.
 *
 * @param speaker the id of a {@link Person} of the same briefing
 * @param text    the words, exactly as the article has them (they are their own evidence)
 */
public record Quote(String id, String speaker, String text, String context) {
    public Quote {
        Checks.id(id);
        Checks.id(speaker);
        Checks.text(text, "quote text");
        Checks.text(context, "quote context");
    }
}
