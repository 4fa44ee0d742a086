package brief.schedule;

import java.time.Instant;

/**
 * One question's place in the schedule.
 *
 * @param memory     null while the question is new (never answered)
 * @param step       the learning or relearning step reached; 0 otherwise
 * @param lastReview when it was last answered; null while new
 * @param due        when it should next be asked; null while new
 * @param reviews    answers counted
 * @param lapses     times it was forgotten once learned
 */
public record Schedule(State state, int step, MemoryState memory, Instant lastReview, Instant due, int reviews,
                       int lapses) {
    /** A question never answered. */
    public static final Schedule NEW = new Schedule(State.NEW, 0, null, null, null, 0, 0);

    public enum State {
        NEW, LEARNING, REVIEW, RELEARNING;

        /** The state's name as other programs read it: "new", "review"... */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Schedule {
        if ((state == State.NEW) != (memory == null) || (memory == null) != (due == null)
                || (due == null) != (lastReview == null)) {
            throw new IllegalArgumentException("a new question has no memory, review or due time; any other has all three");
        }
    }

    public boolean isNew() {
        return state == State.NEW;
    }

    /** Due at {@code now} or before; a new question is never "due", it is new. */
    public boolean dueBy(Instant now) {
        return due != null && !due.isAfter(now);
    }
}
