package brief.model;

import java.util.Objects;

/**
 * What every question has, whatever its type.
 *
 * @param card       the id of the card the question tests
 * @param difficulty 1 to 3: the points the question is worth
 * @param explain    shown after answering
 * @param hint       offered on request (halves what the question can earn), or null
 * @param derived    true when the tool made the question from figures, quotes, people or the timeline
 */
public record Stem(String id, String prompt, String card, int difficulty, String explain, Evidence evidence,
                   String hint, boolean derived) {
    public Stem {
        Checks.id(id);
        Checks.text(prompt, "question prompt");
        Checks.id(card);
        if (difficulty < 1 || difficulty > 3) {
            throw new IllegalArgumentException("difficulty must be 1, 2 or 3, not " + difficulty);
        }
        Checks.text(explain, "question explain");
        Objects.requireNonNull(evidence, "question evidence");
        hint = Checks.optional(hint);
    }
}
