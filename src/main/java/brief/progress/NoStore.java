package brief.progress;

import brief.quiz.Answered;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Saves nothing, because the database cannot be used; says why. */
final class NoStore implements ProgressStore {
    private final String reason;

    NoStore(String reason) {
        this.reason = reason;
    }

    @Override
    public Optional<String> warning() {
        return Optional.of("progress is not being saved: " + reason);
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
    public List<Records.Session> sessions(String briefing) {
        return List.of();
    }

    @Override
    public List<Records.Latest> latestAnswers(String briefing) {
        return List.of();
    }

    @Override
    public List<Records.Tally> tallies(String briefing) {
        return List.of();
    }

    @Override
    public Optional<Instant> lastStudied(String briefing) {
        return Optional.empty();
    }

    @Override
    public void close() {}
}
