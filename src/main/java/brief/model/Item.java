package brief.model;

/** One item of an order question. */
public record Item(String id, String text) {
    public Item {
        Checks.id(id);
        Checks.text(text, "item text");
    }
}
