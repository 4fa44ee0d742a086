package brief.progress;

import brief.quiz.Answered;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saves nothing, because the database cannot be used or written; says why. Where the database can still be
 * read (a data folder that cannot be written), stats, the list and {@code --mistakes} show what it holds.
 */
final class NoStore implements ProgressStore {
    private final String reason;
    /** What was saved before, to read only; null when there is nothing to read. */
    private final ProgressStore saved;

    private final Clock clock;

    NoStore(String reason, Clock clock) {
        this(reason, null, clock);
    }

    NoStore(String reason, ProgressStore saved, Clock clock) {
        this.reason = reason;
        this.saved = saved;
        this.clock = clock;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("progress is not being saved: " + reason
                + (saved == null ? "" : " (what was saved before is still shown)"));
    }

    @Override
    public boolean saving() {
        return false;
    }

    @Override
    public long startSession(String briefing, brief.quiz.SessionKind mode, Records.FrontEnd frontEnd, long seed, List<String> plan) {
        return 0;
    }

    @Override
    public void recordAnswer(long session, String briefing, Answered answer) {}

    @Override
    public void finishSession(long session, Records.Status status, double points, int possible) {}

    @Override
    public void reopenSession(long session) {}

    @Override
    public void recordCardView(String briefing, String card) {}

    @Override
    public List<Records.Session> sessions(String briefing) throws StoreException {
        return saved == null ? List.of() : saved.sessions(briefing);
    }

    @Override
    public Optional<Records.Session> lastSession(String briefing) throws StoreException {
        return saved == null ? Optional.empty() : saved.lastSession(briefing);
    }

    @Override
    public AnswerLog answers(String briefing) throws StoreException {
        return saved == null ? AnswerLog.of(List.of()) : saved.answers(briefing);
    }

    /** Nothing can be written: answers saved by 0.1.0 are matched by their old hash when read instead. */
    @Override
    public void carryOverHashes(String briefing, Map<String, Hashes> hashes) {}

    @Override
    public Optional<Instant> lastStudied(String briefing) throws StoreException {
        return saved == null ? Optional.empty() : saved.lastStudied(briefing);
    }

    @Override
    public void close() {
        if (saved != null) saved.close();
    }
}
