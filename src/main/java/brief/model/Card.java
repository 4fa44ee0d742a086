package brief.model;

import java.util.List;

/** A briefing card: one part of the story, in reading order. */
public record Card(String id, String title, String topic, List<Point> points) {
    public Card {
        Checks.id(id);
        Checks.text(title, "card title");
        Checks.text(topic, "card topic");
        points = Checks.list(points, "card points");
        if (points.isEmpty()) throw new IllegalArgumentException("card " + id + " has no points");
    }
}
