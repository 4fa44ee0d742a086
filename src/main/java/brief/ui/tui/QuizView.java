package brief.ui.tui;

import brief.quiz.Feedback;
import brief.quiz.Presented;
import brief.quiz.QuizSession;
import brief.quiz.Response;
import brief.quiz.Scoreboard;
import brief.quiz.Summary;
import com.googlecode.lanterna.input.KeyStroke;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A quiz: the question with an input for its type, then feedback, then results. The rules are the quiz
 * session's; this view saves each answer before showing its feedback and hands keys to its state.
 */
final class QuizView implements View {
    private final App app;
    private final long seed;
    private final QuizSession session;
    private long sessionId;
    private boolean ended;
    private String saveProblem;
    private QuizState state;
    private Scroll scroll = new Scroll();

    QuizView(App app, QuizSession session, long seed) {
        this.app = app;
        this.seed = seed;
        this.session = session;
        saveProblem = app.save(() -> sessionId = app.store().startSession(session.briefing().id(), "quiz", "full", seed,
                session.total()));
        ask();
    }

    QuizSession session() {
        return session;
    }

    Scroll scroll() {
        return scroll;
    }

    String saveProblem() {
        return saveProblem;
    }

    @Override
    public String title() {
        return "quiz · " + session.briefing().title();
    }

    @Override
    public void draw(Canvas c) {
        int shown = Math.max(1, Math.min(state.number(session), session.total()));
        // The bar gives way first, so that the numbers fit a narrow window.
        int cells = Math.max(6, Math.min(20, c.width - 50));
        c.text(0, 2, Scoreboard.status(session, shown, Scoreboard.Bar.BLOCKS, cells), Canvas.Style.BOLD);
        Page page = state.page(this, c.width);
        String banner = state.banner();
        List<String> bannerLines = banner == null ? List.of()
                : brief.render.Wrap.lines(banner, c.width - 4, "", "");
        scroll.draw(c, 1, c.height - 1 - bannerLines.size(), page);
        for (int i = 0; i < bannerLines.size(); i++) {
            int row = c.height - bannerLines.size() + i;
            c.text(row, 2, bannerLines.get(i), Canvas.Style.SELECTED);
        }
    }

    @Override
    public KeyTable keys() {
        return state.keys(this);
    }

    @Override
    public Step key(KeyStroke k) {
        state = state.settled();
        return state.keys(this).handle(k);
    }

    /** Where the input of {@code asking} sends what the reader answered. */
    AnswerInput.Answer answer(QuizState.Asking asking) {
        return new AnswerInput.Answer() {
            public void give(Response response) {
                show(session.submit(response, elapsed(asking)));
            }

            public void problem(String message) {
                become(asking.withProblem(message));
            }
        };
    }

    private void ask() {
        go(new QuizState.Asking(AnswerInput.of(session.current()), app.nanos().getAsLong()));
    }

    private void go(QuizState next) {
        state = next;
        scroll = new Scroll();
    }

    /** Moves to a state that shows the same rows (a hint added, a question over them), scrolled as they were. */
    void become(QuizState next) {
        state = next;
    }

    void skip(QuizState.Asking asking) {
        show(session.skip(elapsed(asking)));
    }

    void askToLeave() {
        state = new QuizState.Confirming(state, "Leave the quiz? Your answers so far are saved.", "leave", "stay", k -> {
            end("quit");
            return Step.BACK;
        });
    }

    void next() {
        if (session.finished()) {
            end("finished");
            go(new QuizState.Results(session.summary()));
        } else {
            ask();
        }
    }

    Step retry(Summary summary) {
        List<Presented> again = new ArrayList<>();
        for (Summary.Asked a : summary.missed()) again.add(a.shown());
        return new Step.Replace(new QuizView(app, new QuizSession(session.briefing(), again), seed));
    }

    private Duration elapsed(QuizState.Asking asking) {
        return Duration.ofNanos(Math.max(0, app.nanos().getAsLong() - asking.started()));
    }

    /** Saves the answer first; only then is its feedback shown. */
    private void show(Feedback f) {
        String problem = app.save(() -> app.store().recordAnswer(sessionId, session.briefing().id(), f.answered()));
        if (problem != null) saveProblem = problem;
        go(new QuizState.Answered(f));
    }

    private void end(String status) {
        if (ended) return;
        ended = true;
        if (!session.finished()) session.stop();
        Summary summary = session.summary();
        String problem = app.save(() -> app.store().finishSession(sessionId, status, summary.points(), summary.possible()));
        if (problem != null) saveProblem = problem;
    }

    @Override
    public void leave() {
        end(session.finished() ? "finished" : "quit");
    }
}
