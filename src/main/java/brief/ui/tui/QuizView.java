package brief.ui.tui;

import brief.model.Item;
import brief.model.Pair;
import brief.model.Question;
import brief.model.QuestionType;
import brief.quiz.AnswerParser;
import brief.quiz.Feedback;
import brief.quiz.Presented;
import brief.quiz.QuizSession;
import brief.quiz.Response;
import brief.quiz.Summary;
import brief.quiz.Verdict;
import brief.render.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * A quiz: the question with an input for its type, then feedback, then results. The rules are the quiz
 * session's; this view only turns keys into responses and shows what the session says.
 */
final class QuizView implements View {
    private enum State { ASKING, FEEDBACK, RESULTS, CONFIRM }

    private final App app;
    private final long seed;
    private QuizSession session;
    private long sessionId;
    private State state = State.ASKING;
    private boolean ended;

    private int cursor;
    private final Set<Integer> picked = new LinkedHashSet<>();
    private final StringBuilder text = new StringBuilder();
    private int caret;
    private List<Item> arrangement = List.of();
    private boolean holding;
    private int[] matched = new int[0];
    private String message;
    private String hint;
    private long started;
    private Feedback feedback;
    private Summary summary;
    private String saveProblem;

    QuizView(App app, QuizSession session, long seed) {
        this.app = app;
        this.seed = seed;
        start(session);
    }

    private void start(QuizSession s) {
        session = s;
        ended = false;
        state = State.ASKING;
        sessionId = 0;
        saveProblem = app.save(() -> sessionId = app.store().startSession(s.briefing().id(), "quiz", "full", seed, s.total()));
        prepare();
    }

    /** Fresh input for the current question. */
    private void prepare() {
        Presented p = session.current();
        cursor = 0;
        picked.clear();
        text.setLength(0);
        caret = 0;
        arrangement = new ArrayList<>(p.items());
        holding = false;
        matched = new int[p.lefts().size()];
        java.util.Arrays.fill(matched, -1);
        message = null;
        hint = null;
        started = app.nanos().getAsLong();
    }

    private QuestionType type() {
        return session.current().question().type();
    }

    @Override
    public String title() {
        return "quiz · " + session.briefing().title();
    }

    @Override
    public boolean typing() {
        return state == State.ASKING && (type() == QuestionType.CLOZE || type() == QuestionType.NUMERIC) && text.length() > 0;
    }

    private boolean textQuestion() {
        return type() == QuestionType.CLOZE || type() == QuestionType.NUMERIC;
    }

    // ---- drawing ----

    @Override
    public void draw(Canvas c) {
        int w = Math.min(c.width - 4, 110);
        status(c);
        switch (state) {
            case RESULTS:
                drawResults(c, w);
                return;
            case FEEDBACK:
                drawFeedback(c, w);
                return;
            case CONFIRM:
                drawQuestion(c, w);
                c.text(c.height - 2, 2, "Leave the quiz? Your answers so far are saved.  y leave · n stay", Canvas.Style.SELECTED);
                return;
            default:
                drawQuestion(c, w);
        }
    }

    private void status(Canvas c) {
        int shown = Math.min(session.index() + (state == State.ASKING || state == State.CONFIRM ? 1 : 0), session.total());
        String line = String.format(Locale.ROOT, "Question %d of %d  %s  score %s/%d%s", Math.max(1, shown),
                session.total(), Canvas.bar((double) session.index() / session.total(), 20), num(session.score()),
                session.possibleSoFar(), session.streak() >= 2 ? "  streak " + session.streak() : "");
        c.text(0, 2, line, Canvas.Style.BOLD);
    }

    private void drawQuestion(Canvas c, int w) {
        Presented p = session.current();
        Question q = p.question();
        int row = 2;
        String worth = Words.count(q.difficulty(), "point") + (session.hintUsed() ? ", halved by the hint" : "");
        c.text(row++, 2, session.briefing().card(q.card()).map(x -> x.title()).orElse("") + " · " + worth, Canvas.Style.DIM);
        row += c.wrapped(row, 2, w, q.stem().prompt(), Canvas.Style.BOLD, "", "");
        row++;
        switch (q.type()) {
            case CHOICE:
            case MULTI:
                if (q.type() == QuestionType.MULTI) c.text(row++, 2, "Choose all that apply.", Canvas.Style.DIM);
                for (int i = 0; i < p.options().size(); i++) {
                    String box = q.type() == QuestionType.MULTI ? (picked.contains(i) ? "[x] " : "[ ] ") : "";
                    row += option(c, row, w, i == cursor, box + Presented.letter(i) + ") " + p.options().get(i).text());
                }
                break;
            case TRUEFALSE:
                row += option(c, row, w, cursor == 0, "t) True");
                row += option(c, row, w, cursor == 1, "f) False");
                break;
            case CLOZE:
            case NUMERIC:
                String unit = q instanceof Question.Numeric n && n.unit() != null ? "  " + n.unit() : "";
                c.text(row, 2, "Answer: ", Canvas.Style.PLAIN);
                int col = c.text(row, 10, text.substring(0, caret), Canvas.Style.SELECTED);
                col = c.text(row, col, caret < text.length() ? text.substring(caret, caret + 1) : " ", Canvas.Style.PLAIN);
                col = c.text(row, col, caret < text.length() ? text.substring(caret + 1) : "", Canvas.Style.SELECTED);
                c.text(row, col, unit, Canvas.Style.DIM);
                row += 2;
                break;
            case ORDER:
                c.text(row++, 2, holding ? "Moving the item: ↑/↓ to move it, Space to put it down."
                        : "↑/↓ to choose an item, Space to pick it up and move it.", Canvas.Style.DIM);
                for (int i = 0; i < arrangement.size(); i++) {
                    String grip = holding && i == cursor ? "⇅ " : "  ";
                    row += option(c, row, w, i == cursor, grip + (i + 1) + ". " + arrangement.get(i).text());
                }
                break;
            default:
                c.text(row++, 2, "↑/↓ choose a line, then type the letter of its match (←/→ to cycle).", Canvas.Style.DIM);
                for (int i = 0; i < p.lefts().size(); i++) {
                    String right = matched[i] < 0 ? "?" : Presented.letter(matched[i]) + ") " + p.rights().get(matched[i]).right();
                    row += option(c, row, w, i == cursor, (i + 1) + ". " + p.lefts().get(i).left() + "  →  " + right);
                }
                row++;
                for (int i = 0; i < p.rights().size(); i++) {
                    row += c.wrapped(row, 4, w - 2, Presented.letter(i) + ") " + p.rights().get(i).right(), Canvas.Style.PLAIN, "", "   ");
                }
        }
        row++;
        if (hint != null) row += c.wrapped(row, 2, w, "Hint: " + hint, Canvas.Style.PARTLY, "", "      ");
        if (message != null) c.wrapped(row, 2, w, message, Canvas.Style.BAD, "", "");
    }

    private static int option(Canvas c, int row, int w, boolean on, String label) {
        c.text(row, 2, on ? "›" : " ", Canvas.Style.BOLD);
        return c.wrapped(row, 4, w - 2, label, on ? Canvas.Style.SELECTED : Canvas.Style.PLAIN, "", "   ");
    }

    private void drawFeedback(Canvas c, int w) {
        Feedback f = feedback;
        int row = 2;
        Canvas.Style style = f.verdict() == Verdict.RIGHT ? Canvas.Style.GOOD
                : f.verdict() == Verdict.PARTLY ? Canvas.Style.PARTLY : Canvas.Style.BAD;
        String points = f.verdict() == Verdict.SKIPPED ? "" : "   +" + num(f.points()) + " of " + f.possible()
                + (f.hintUsed() ? " (hint used)" : "");
        c.text(row++, 2, f.verdict().symbol() + " " + f.verdict().word() + points, style);
        row++;
        row += c.wrapped(row, 2, w, session.briefing().card(f.answered().cardId()).map(x -> x.title()).orElse(""),
                Canvas.Style.DIM, "", "");
        if (f.typoForgiven()) {
            row += c.wrapped(row, 2, w, "Accepted with a typo: the answer is “" + f.rightAnswer() + "”.", Canvas.Style.PARTLY, "", "");
        }
        if (f.verdict() != Verdict.RIGHT) row += c.wrapped(row, 2, w, "Answer: " + f.rightAnswer(), Canvas.Style.BOLD, "", "        ");
        for (String why : f.whys()) row += c.wrapped(row, 2, w, why, Canvas.Style.PLAIN, "• ", "  ");
        row++;
        row += c.wrapped(row, 2, w, f.explain(), Canvas.Style.PLAIN, "", "");
        row++;
        row += c.wrapped(row, 2, w, "Evidence: “" + f.evidence() + "”", Canvas.Style.DIM, "", "  ");
        if (saveProblem != null) c.wrapped(row + 1, 2, w, "! not saved: " + saveProblem, Canvas.Style.BAD, "", "");
    }

    private void drawResults(Canvas c, int w) {
        Summary s = summary;
        int row = 2;
        c.text(row++, 2, String.format(Locale.ROOT, "Result: %s of %d points (%d%%)%s", num(s.points()), s.possible(),
                s.percent(), s.unanswered() > 0 ? " · " + s.unanswered() + " not reached" : ""), Canvas.Style.BOLD);
        row++;
        c.text(row++, 2, "By card", Canvas.Style.BOLD);
        for (Summary.Part p : s.byCard()) {
            c.text(row++, 2, Canvas.bar(p.possible() == 0 ? 0 : p.points() / p.possible(), 10)
                    + String.format(Locale.ROOT, " %3d%%  %s", p.percent(), p.title()));
        }
        row++;
        if (s.missed().isEmpty()) {
            c.text(row, 2, "Nothing missed.", Canvas.Style.GOOD);
        } else {
            c.text(row++, 2, "Missed (" + s.missed().size() + ")", Canvas.Style.BOLD);
            for (Summary.Asked a : s.missed()) {
                if (row >= c.height - 1) {
                    c.text(row, 4, "…");
                    break;
                }
                c.text(row++, 2, a.feedback().verdict().symbol() + " " + a.shown().question().stem().prompt());
            }
        }
    }

    // ---- keys ----

    @Override
    public Step key(KeyStroke k) {
        switch (state) {
            case CONFIRM:
                if (Keys.is(k, 'y')) {
                    end("quit");
                    return Step.BACK;
                }
                if (Keys.is(k, 'n') || k.getKeyType() == KeyType.Escape) state = State.ASKING;
                return Step.STAY;
            case FEEDBACK:
                if (Keys.enter(k) || Keys.is(k, ' ') || Keys.right(k) || Keys.is(k, 'n')) next();
                else if (Keys.back(k)) state = session.finished() ? State.RESULTS : State.CONFIRM;
                return Step.STAY;
            case RESULTS:
                if (Keys.is(k, 'r') && !summary.missed().isEmpty()) {
                    List<Presented> retry = new ArrayList<>();
                    for (Summary.Asked a : summary.missed()) retry.add(a.shown());
                    return new Step.Replace(new QuizView(app, new QuizSession(session.briefing(), retry), seed));
                }
                if (Keys.enter(k) || Keys.back(k)) return Step.BACK;
                return Step.STAY;
            default:
                return asking(k);
        }
    }

    private Step asking(KeyStroke k) {
        boolean text = textQuestion();
        if (k.getKeyType() == KeyType.Escape || !text && Keys.is(k, 'q')) {
            state = State.CONFIRM;
            return Step.STAY;
        }
        if (k.getKeyType() == KeyType.Tab || !text && Keys.is(k, 'h') && !isChoiceLetter(k)) {
            hint = session.hint();
            if (hint == null) hint = "This question has no hint.";
            return Step.STAY;
        }
        if (k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'n'
                || !text && Keys.is(k, 's') && !isChoiceLetter(k)) {
            show(session.skip(elapsed()));
            return Step.STAY;
        }
        message = null;
        Response response = input(k);
        if (response != null) show(session.submit(response, elapsed()));
        return Step.STAY;
    }

    /** Whether a letter key names an option of the current question (then it is not a command). */
    private boolean isChoiceLetter(KeyStroke k) {
        Presented p = session.current();
        int i = Keys.choice(k);
        int count = Math.max(p.options().size(), p.rights().size());
        return i >= 0 && i < count && Character.isLetter(k.getCharacter());
    }

    /** Applies a key to the input; returns a response when the key completes an answer. */
    private Response input(KeyStroke k) {
        Presented p = session.current();
        switch (type()) {
            case CHOICE: {
                int i = Keys.choice(k);
                if (i >= 0 && i < p.options().size()) return new Response.Pick(p.options().get(i).id());
                moveCursor(k, p.options().size());
                return Keys.enter(k) ? new Response.Pick(p.options().get(cursor).id()) : null;
            }
            case MULTI: {
                int i = Keys.choice(k);
                if (i >= 0 && i < p.options().size()) toggle(i);
                else if (Keys.is(k, ' ')) toggle(cursor);
                else moveCursor(k, p.options().size());
                if (!Keys.enter(k)) return null;
                if (picked.isEmpty()) {
                    message = "Choose at least one option (letters or Space), then Enter.";
                    return null;
                }
                List<String> ids = new ArrayList<>();
                for (int j : picked) ids.add(p.options().get(j).id());
                return new Response.Picks(ids);
            }
            case TRUEFALSE:
                if (Keys.is(k, 't') || Keys.is(k, '1')) return new Response.TrueOrFalse(true);
                if (Keys.is(k, 'f') || Keys.is(k, '2')) return new Response.TrueOrFalse(false);
                moveCursor(k, 2);
                return Keys.enter(k) ? new Response.TrueOrFalse(cursor == 0) : null;
            case CLOZE:
            case NUMERIC:
                return edit(k, p);
            case ORDER:
                if (Keys.is(k, ' ')) holding = !holding;
                else if (Keys.up(k) || Keys.down(k)) {
                    int to = Keys.up(k) ? cursor - 1 : cursor + 1;
                    if (to >= 0 && to < arrangement.size()) {
                        if (holding) java.util.Collections.swap(arrangement, cursor, to);
                        cursor = to;
                    }
                }
                if (!Keys.enter(k)) return null;
                return new Response.Sequence(arrangement.stream().map(Item::id).toList());
            default: {
                int i = Keys.choice(k);
                if (i >= 0 && i < p.rights().size() && Character.isLetter(k.getCharacter())) {
                    matched[cursor] = i;
                    cursor = Math.min(matched.length - 1, cursor + 1);
                } else if (Keys.left(k) || Keys.right(k)) {
                    int n = p.rights().size();
                    matched[cursor] = Math.floorMod(matched[cursor] + (Keys.right(k) ? 1 : -1), n);
                } else {
                    moveCursor(k, matched.length);
                }
                if (!Keys.enter(k)) return null;
                for (int m : matched) {
                    if (m < 0) {
                        message = "Match every line before Enter: type a letter for each.";
                        return null;
                    }
                }
                Map<String, String> pairs = new LinkedHashMap<>();
                for (int j = 0; j < matched.length; j++) {
                    pairs.put(p.lefts().get(j).id(), p.rights().get(matched[j]).id());
                }
                return new Response.Pairing(pairs);
            }
        }
    }

    private Response edit(KeyStroke k, Presented p) {
        switch (k.getKeyType()) {
            case Character:
                if (k.isCtrlDown() || k.isAltDown()) return null;
                text.insert(caret, k.getCharacter());
                caret++;
                return null;
            case Backspace:
                if (caret > 0) text.deleteCharAt(--caret);
                return null;
            case Delete:
                if (caret < text.length()) text.deleteCharAt(caret);
                return null;
            case ArrowLeft:
                caret = Math.max(0, caret - 1);
                return null;
            case ArrowRight:
                caret = Math.min(text.length(), caret + 1);
                return null;
            case Home:
                caret = 0;
                return null;
            case End:
                caret = text.length();
                return null;
            case Enter: {
                AnswerParser.Parsed parsed = AnswerParser.parse(p, text.toString());
                if (!parsed.ok()) {
                    message = parsed.problem();
                    return null;
                }
                return parsed.response();
            }
            default:
                return null;
        }
    }

    private void toggle(int i) {
        if (!picked.remove(i)) picked.add(i);
        cursor = i;
    }

    private void moveCursor(KeyStroke k, int count) {
        if (Keys.up(k) || k.getKeyType() == KeyType.ArrowUp) cursor = Math.max(0, cursor - 1);
        if (Keys.down(k) || k.getKeyType() == KeyType.ArrowDown) cursor = Math.min(count - 1, cursor + 1);
    }

    private Duration elapsed() {
        return Duration.ofNanos(Math.max(0, app.nanos().getAsLong() - started));
    }

    /** Saves the answer first; only then is its feedback shown. */
    private void show(Feedback f) {
        String problem = app.save(() -> app.store().recordAnswer(sessionId, session.briefing().id(), f.answered()));
        if (problem != null) saveProblem = problem;
        feedback = f;
        state = State.FEEDBACK;
    }

    private void next() {
        if (session.finished()) {
            end("finished");
            state = State.RESULTS;
        } else {
            prepare();
            state = State.ASKING;
        }
    }

    private void end(String status) {
        if (ended) return;
        ended = true;
        if (!session.finished()) session.stop();
        summary = session.summary();
        String problem = app.save(() -> app.store().finishSession(sessionId, status, summary.points(), summary.possible()));
        if (problem != null) saveProblem = problem;
    }

    @Override
    public void leave() {
        end(session.finished() ? "finished" : "quit");
    }

    @Override
    public List<String> keys() {
        switch (state) {
            case FEEDBACK:
                return List.of("Enter, Space, →  next question", "q, Esc           leave the quiz (asks first)");
            case RESULTS:
                return List.of("r           retry the missed questions", "Enter, Esc  back to the briefing");
            default:
                if (textQuestion()) {
                    return List.of("typing       ←/→ Home End Backspace Delete edit; Enter answers",
                            "Tab          hint (halves the points)", "Ctrl-N       skip", "Esc          leave the quiz (asks first)",
                            "?            help, while nothing is typed yet");
                }
                return List.of("a-z, 1-9     choose an option (in a list: answers at once)",
                        "↑/↓, Enter   choose with arrows, then answer", "Space        tick an option (choose all); pick up / put down (order)",
                        "letters      match: the letter of the right-hand item for the chosen line",
                        "h or Tab     hint (halves the points)", "s or Ctrl-N  skip", "q, Esc       leave the quiz (asks first)");
        }
    }

    @Override
    public String hints() {
        switch (state) {
            case FEEDBACK:
                return "Enter next · Esc leave";
            case RESULTS:
                return summary.missed().isEmpty() ? "Enter back" : "r retry the missed ones · Enter back";
            case CONFIRM:
                return "y leave · n stay";
            default:
                return textQuestion() ? "type, Enter answer · Tab hint · Ctrl-N skip · Esc leave · F1 help"
                        : "keys answer · h hint · s skip · q leave · ? help";
        }
    }

    static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }
}
