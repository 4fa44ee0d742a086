package brief.model;

/** One option of a choice or multi question; {@code why} is the feedback for picking it, or null. */
public record Option(String id, String text, String why) {
    public Option {
        Checks.id(id);
        Checks.text(text, "option text");
        why = Checks.optional(why);
    }
}
