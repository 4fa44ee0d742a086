package brief.progress;

import brief.quiz.Answered;
import brief.quiz.Presented;
import brief.quiz.QuizSession;
import brief.quiz.Summary;
import brief.quiz.SessionKind;
import java.util.Optional;

/**
 * How both front ends save a quiz: start the session, record each answer before its feedback is shown, end it as
 * finished or left. A failure to save does not stop the quiz: the first problem is kept, for the reader to see.
 */
public final class QuizRecorder {
    private final ProgressStore store;
    private final QuizSession session;
    private final Records.FrontEnd frontEnd;
    private long id;
    /** Points and possible points of the answers given before a session left was taken up again. */
    private double earlierPoints;
    private int earlierPossible;
    private boolean ended;
    private int saved;
    private String problem;

    private QuizRecorder(ProgressStore store, QuizSession session, Records.FrontEnd frontEnd) {
        this.store = store;
        this.session = session;
        this.frontEnd = frontEnd;
    }

    /** Starts recording {@code session}; {@link #problem()} says if it could not be saved. */
    public static QuizRecorder start(ProgressStore store, QuizSession session, Records.FrontEnd frontEnd, long seed) {
        QuizRecorder r = new QuizRecorder(store, session, frontEnd);
        try {
            r.id = store.startSession(session.briefing().id(), session.kind(), frontEnd, seed,
                    session.questions().stream().map(Presented::question).map(q -> q.id()).toList());
        } catch (StoreException e) {
            r.failed(e);
        }
        return r;
    }

    /**
     * Goes on recording a session left before its end: {@code session} asks what {@code left} had not reached, and
     * its answers and score join those given before.
     */
    public static QuizRecorder resume(ProgressStore store, QuizSession session, Records.FrontEnd frontEnd,
                                      Records.Session left) {
        QuizRecorder r = new QuizRecorder(store, session, frontEnd);
        r.id = left.id();
        r.earlierPoints = left.points();
        r.earlierPossible = left.possible();
        try {
            store.reopenSession(left.id());
        } catch (StoreException e) {
            r.failed(e);
        }
        return r;
    }

    /**
     * The quiz of this briefing that was left before its end, if the latest one was: a session keeps its plan, so
     * what it had not reached can still be asked.
     */
    public static Optional<Records.Session> left(ProgressStore store, String briefing) throws StoreException {
        return store.lastSession(briefing).filter(last -> (last.mode() == SessionKind.QUIZ
                || last.mode() == SessionKind.MISTAKES) && last.status() != Records.Status.FINISHED
                && last.answered() < last.plan().size());
    }

    /** Saves one answer; call it before showing the answer's feedback. */
    public void answered(Answered a) {
        try {
            store.recordAnswer(id, session.briefing().id(), a);
            if (store.saving()) saved++;
        } catch (StoreException e) {
            failed(e);
        }
    }

    /** Ends the session: finished when every question was answered, else left. Ending twice does nothing. */
    public void end() {
        if (ended) return;
        ended = true;
        if (!session.finished()) session.stop();
        Summary s = session.summary();
        try {
            store.finishSession(id, session.quit() ? Records.Status.QUIT : Records.Status.FINISHED,
                    earlierPoints + s.points(), earlierPossible + s.possible());
        } catch (StoreException e) {
            failed(e);
        }
    }

    /** The first problem met while saving, if any. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Answers saved so far in this session. */
    public int saved() {
        return saved;
    }

    public Records.FrontEnd frontEnd() {
        return frontEnd;
    }

    private void failed(StoreException e) {
        if (problem == null) problem = e.getMessage();
    }
}
