package brief.model;

import java.util.Objects;

/**
 * A number to know.
 *
 * @param value        as a reader would say it ("about $299 billion")
 * @param label        what the number counts
 * @param asOf         when the number holds, or null
 * @param attributedTo who reports the number, or null
 */
public record Figure(String id, String value, String label, Evidence evidence, String asOf, String attributedTo) {
    public Figure {
        Checks.id(id);
        Checks.text(value, "figure value");
        Checks.text(label, "figure label");
        Objects.requireNonNull(evidence, "figure evidence");
        asOf = Checks.optional(asOf);
        attributedTo = Checks.optional(attributedTo);
    }
}
