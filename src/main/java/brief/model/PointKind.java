package brief.model;

import java.util.Locale;

/** How a point stands: reported as fact, a party's stated position, or the author's own view. */
public enum PointKind {
    FACT, CLAIM, OPINION;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
