package brief.progress;

import brief.quiz.Answered;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Durable progress: sessions, answers and card views. {@link #open} never fails: when the database cannot
 * be used, it returns a store that records nothing and says why in {@link #warning()}.
 */
public interface ProgressStore extends AutoCloseable {

    /** Opens (creating or migrating) the database in {@code dataDir}, or a store that saves nothing. */
    static ProgressStore open(Path dataDir, Clock clock) {
        return SqliteStore.open(dataDir, clock);
    }

    /** Why progress is not being saved (or a warning about what was repaired), if anything is amiss. */
    Optional<String> warning();

    /** The time every saved moment is taken from, and "now" for schedules and stats. */
    Clock clock();

    /** Whether answers are being saved. */
    boolean saving();

    /** Starts a session that will ask {@code plan}'s questions (ids) in that order. */
    long startSession(String briefing, brief.quiz.SessionKind mode, Records.FrontEnd frontEnd, long seed, List<String> plan)
            throws StoreException;

    /** Records one answer in its own transaction, committed when this returns. */
    void recordAnswer(long session, String briefing, Answered answer) throws StoreException;

    /** Opens a session left before its end again, to go on with it: it reads as interrupted until it ends anew. */
    void reopenSession(long session) throws StoreException;

    void finishSession(long session, Records.Status status, double points, int possible) throws StoreException;

    void recordCardView(String briefing, String card) throws StoreException;

    /** The briefing's sessions, oldest first. */
    List<Records.Session> sessions(String briefing) throws StoreException;

    /** The briefing's latest session, as {@link #sessions} would give it last, read without the others. */
    Optional<Records.Session> lastSession(String briefing) throws StoreException;

    /** Every answer to the briefing's questions, grouped by question and wording as the scheduler replays them. */
    AnswerLog answers(String briefing) throws StoreException;

    /** Every answer to the briefing's questions, in the order given. */
    default List<Records.Review> reviews(String briefing) throws StoreException {
        return answers(briefing).reviews();
    }

    /**
     * Carries answers saved by brief 0.1.0 over to the present content hash: {@code hashes} gives, for each
     * question id, its hash as that release computed it and its present hash. Answers whose question has changed
     * since no longer match and are left as they were. Does nothing once done, or when nothing can be written.
     */
    void carryOverHashes(String briefing, Map<String, Hashes> hashes) throws StoreException;

    /** A question's fingerprint as brief 0.1.0 wrote it, and as brief writes it now. */
    record Hashes(String legacy, String present) {}

    /** When the briefing was last studied (an answer or a card view), if ever. */
    Optional<Instant> lastStudied(String briefing) throws StoreException;

    @Override
    void close();
}
