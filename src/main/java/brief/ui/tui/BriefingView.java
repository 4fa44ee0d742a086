package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.model.Briefing;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import brief.render.OnePage;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.Set;

/** One briefing: what it is about, and what the reader can do with it. */
final class BriefingView implements View {
    private static final String[] ACTIONS = {"Read the cards", "Take the quiz", "Review mistakes", "Stats",
            "Preview the one-page print"};
    private final App app;
    private final LoadedBriefing loaded;
    private int selected;
    private Set<String> mistakes = Set.of();
    private String note;

    BriefingView(App app, LoadedBriefing loaded) {
        this.app = app;
        this.loaded = loaded;
        resumed();
    }

    @Override
    public void resumed() {
        try {
            mistakes = Stats.mistakes(app.store(), loaded.briefing().id(), QuizPlan.allQuestions(loaded.briefing()));
        } catch (StoreException e) {
            mistakes = Set.of();
        }
    }

    @Override
    public String title() {
        return loaded.briefing().title();
    }

    @Override
    public void draw(Canvas c) {
        Briefing b = loaded.briefing();
        int w = Math.min(c.width - 4, 100);
        int row = 1;
        row += c.wrapped(row, 2, w, b.title(), Canvas.Style.BOLD, "", "");
        row += c.wrapped(row, 2, w, OnePage.sourceLine(b.source()), Canvas.Style.DIM, "", "  ");
        row++;
        row += c.wrapped(row, 2, w, b.lead(), Canvas.Style.PLAIN, "", "");
        row++;
        c.text(row++, 2, "Bottom line", Canvas.Style.BOLD);
        row += c.wrapped(row, 2, w, b.bluf(), Canvas.Style.PLAIN, "  ", "  ");
        row++;
        for (int i = 0; i < ACTIONS.length; i++) {
            String label = (i + 1) + "  " + ACTIONS[i];
            if (i == 2) label += mistakes.isEmpty() ? " (none)" : " (" + mistakes.size() + ")";
            c.text(row, 1, i == selected ? "›" : " ", Canvas.Style.BOLD);
            c.text(row++, 3, label, i == selected ? Canvas.Style.SELECTED : Canvas.Style.PLAIN);
        }
        if (note != null) c.text(row + 1, 2, note, Canvas.Style.BAD);
    }

    @Override
    public Step key(KeyStroke k) {
        note = null;
        if (Keys.back(k)) return Step.BACK;
        if (Keys.up(k)) selected = Math.max(0, selected - 1);
        if (Keys.down(k)) selected = Math.min(ACTIONS.length - 1, selected + 1);
        int digit = Keys.digit(k);
        if (digit >= 0 && digit < ACTIONS.length) selected = digit;
        if (!Keys.enter(k) && !(digit >= 0 && digit < ACTIONS.length)) return Step.STAY;
        switch (selected) {
            case 0:
                return new Step.Open(new CardsView(app, loaded));
            case 1:
                return quiz(null);
            case 2:
                if (mistakes.isEmpty()) {
                    note = "No mistakes to review: every question you answered last time was right.";
                    return Step.STAY;
                }
                return quiz(mistakes);
            case 3:
                return new Step.Open(new StatsView(app, loaded));
            default:
                return new Step.Open(new PreviewView(loaded));
        }
    }

    private Step quiz(Set<String> only) {
        long seed = app.nanos().getAsLong();
        try {
            QuizPlan plan = new QuizPlan(null, null, null, only, seed);
            return new Step.Open(new QuizView(app, new QuizSession(loaded.briefing(), plan.questions(loaded.briefing())),
                    seed));
        } catch (QuizPlan.PlanException e) {
            note = e.getMessage();
            return Step.STAY;
        }
    }

    @Override
    public List<String> keys() {
        return List.of("↑/↓, j/k  choose an action", "1-5       do that action", "Enter     do the chosen action",
                "q, Esc    back to the briefings");
    }

    @Override
    public String hints() {
        return "1 cards · 2 quiz · 3 mistakes · 4 stats · 5 print · Esc back";
    }
}
