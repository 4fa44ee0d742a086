package brief.model;

import java.util.Objects;

/**
 * Something that happened, in the order of the timeline list (which is chronological).
 *
 * @param when as precisely as the article says ("November 2025", "Sunday")
 */
public record TimelineEvent(String id, String when, String what, Evidence evidence) {
    public TimelineEvent {
        Checks.id(id);
        Checks.text(when, "timeline when");
        Checks.text(what, "timeline what");
        Objects.requireNonNull(evidence, "timeline evidence");
    }
}
