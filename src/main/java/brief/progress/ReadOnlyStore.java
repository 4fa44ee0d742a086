package brief.progress;

import brief.quiz.Answered;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Progress that can be read but not written, because the data folder cannot be: stats, the list and
 * {@code --mistakes} show what was saved before, and a quiz runs without saving; says why.
 */
final class ReadOnlyStore implements ProgressStore {
    private final ProgressStore saved;
    private final String reason;

    ReadOnlyStore(ProgressStore saved, String reason) {
        this.saved = saved;
        this.reason = reason;
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("progress is not being saved: " + reason + " (what was saved before is still shown)");
    }

    @Override
    public boolean saving() {
        return false;
    }

    @Override
    public long startSession(String briefing, String mode, String frontEnd, long seed, int questions) {
        return 0;
    }

    @Override
    public void recordAnswer(long session, String briefing, Answered answer) {}

    @Override
    public void finishSession(long session, String status, double points, int possible) {}

    @Override
    public void recordCardView(String briefing, String card) {}

    @Override
    public List<Records.Session> sessions(String briefing) throws StoreException {
        return saved.sessions(briefing);
    }

    @Override
    public List<Records.Latest> latestAnswers(String briefing) throws StoreException {
        return saved.latestAnswers(briefing);
    }

    @Override
    public List<Records.Tally> tallies(String briefing) throws StoreException {
        return saved.tallies(briefing);
    }

    @Override
    public Optional<Instant> lastStudied(String briefing) throws StoreException {
        return saved.lastStudied(briefing);
    }

    @Override
    public void close() {
        saved.close();
    }
}
