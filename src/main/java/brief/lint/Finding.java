package brief.lint;

/**
 * One item-writing rule a question breaks.
 *
 * @param question the question's id
 * @param section  where in the file it comes from: "questions", or for a derived question the section it is
 *                 derived from ("figures", "quotes", "people", "timeline")
 * @param item     the id of that list item
 * @param key      the key of the item the problem lies in ("prompt", "options", "hint"…), or null for the item
 */
public record Finding(Rule rule, String question, String section, String item, String key, String message) {
    @Override
    public String toString() {
        return question + ": " + message + " [" + rule.code() + "]";
    }
}
