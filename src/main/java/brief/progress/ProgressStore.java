package brief.progress;

import brief.quiz.Answered;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable progress: sessions, answers and card views. {@link #open} never fails: when the database cannot
 * be used, it returns a store that records nothing and says why in {@link #warning()}.
 */
public interface ProgressStore extends AutoCloseable {

    /** Opens (creating or migrating) the database in {@code dataDir}, or a store that saves nothing. */
    static ProgressStore open(Path dataDir) {
        return SqliteStore.open(dataDir);
    }

    /** Why progress is not being saved (or a warning about what was repaired), if anything is amiss. */
    Optional<String> warning();

    /** Whether answers are being saved. */
    boolean saving();

    long startSession(String briefing, String mode, String frontEnd, long seed, int questions) throws StoreException;

    /** Records one answer in its own transaction, committed when this returns. */
    void recordAnswer(long session, String briefing, Answered answer) throws StoreException;

    void finishSession(long session, String status, double points, int possible) throws StoreException;

    void recordCardView(String briefing, String card) throws StoreException;

    List<Records.Session> sessions(String briefing) throws StoreException;

    List<Records.Latest> latestAnswers(String briefing) throws StoreException;

    List<Records.Tally> tallies(String briefing) throws StoreException;

    /** When the briefing was last studied (an answer or a card view), if ever. */
    Optional<Instant> lastStudied(String briefing) throws StoreException;

    @Override
    void close();
}
