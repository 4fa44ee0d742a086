package brief.progress;

import java.time.Instant;

/** Rows the store gives back, for stats and lists. */
public final class Records {
    private Records() {}

    /** A session of a briefing; points and possible count the answers given when it did not finish. */
    public record Session(long id, String mode, String frontEnd, Instant startedAt, Instant endedAt, String status,
                          double points, int possible, int answered) {
        public int percent() {
            return possible == 0 ? 0 : (int) Math.round(100 * points / possible);
        }
    }

    /** The latest answer to one version (content hash) of a question. */
    public record Latest(String question, String questionHash, double credit, Instant answeredAt) {}

    /** How often one version of a question has been answered, and missed. */
    public record Tally(String question, String questionHash, int answers, int misses) {}
}
