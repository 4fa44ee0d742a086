package brief.progress;

import brief.quiz.SessionKind;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Rows the store gives back, for stats, schedules and lists, and the words it stores for sessions. */
public final class Records {
    private Records() {}

    /** Which front end a session was taken in. */
    public enum FrontEnd {
        PLAIN, FULL;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static FrontEnd of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    /** How a session ended: interrupted is what a session still open says (a killed process, a closed terminal). */
    public enum Status {
        INTERRUPTED, FINISHED, QUIT;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Status of(String word) {
            return valueOf(word.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * A session of a briefing; points and possible count the answers given when it did not finish.
     *
     * @param questions the questions it planned to ask
     * @param plan      their ids in the order asked; empty for sessions saved before plans were kept
     */
    public record Session(long id, SessionKind mode, FrontEnd frontEnd, Instant startedAt, Instant endedAt, Status status,
                          double points, int possible, int answered, int questions, List<String> plan) {
        public Session {
            plan = List.copyOf(plan);
        }

        public int percent() {
            return possible == 0 ? 0 : (int) Math.round(100 * points / possible);
        }

        /** Left before its last question (quit, or never ended). */
        public boolean left() {
            return status != Status.FINISHED && answered < questions;
        }
    }

    /**
     * One answer as the scheduler replays it.
     *
     * @param questionHash the question's content hash when answered
     * @param legacyHash   true for a hash saved by brief 0.1.0 that no briefing loaded since has carried over
     */
    public record Review(String question, String questionHash, boolean legacyHash, double credit, boolean hintUsed,
                         boolean skipped, Instant answeredAt) {}
}
