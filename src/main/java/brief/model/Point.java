package brief.model;

import java.util.Objects;

/** One statement of a card (or of the outcomes, context and what-to-watch lists), backed by the article. */
public record Point(String id, String text, PointKind kind, Evidence evidence) {
    public Point {
        Checks.id(id);
        Checks.text(text, "point text");
        Objects.requireNonNull(kind, "point kind");
        Objects.requireNonNull(evidence, "point evidence");
    }
}
