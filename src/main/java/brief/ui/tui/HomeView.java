package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import brief.render.Words;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import com.googlecode.lanterna.input.KeyStroke;

/** The briefings, each with how far the reader has got with it. */
final class HomeView implements View {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    private final App app;
    private final List<Stats> stats = new ArrayList<>();
    private final List<Integer> questionCounts = new ArrayList<>();
    private int selected;

    HomeView(App app) {
        this.app = app;
        resumed();
    }

    @Override
    public void resumed() {
        stats.clear();
        questionCounts.clear();
        for (LoadedBriefing b : app.briefings()) {
            List<brief.model.Question> questions = QuizPlan.allQuestions(b.briefing());
            questionCounts.add(questions.size());
            try {
                stats.add(Stats.of(b.briefing(), questions, app.store()));
            } catch (StoreException e) {
                stats.add(null);
            }
        }
    }

    @Override
    public String title() {
        return "briefings";
    }

    @Override
    public void draw(Canvas c) {
        int row = 1;
        c.text(row++, 2, "Choose a briefing:", Canvas.Style.BOLD);
        row++;
        for (int i = 0; i < app.briefings().size(); i++) {
            LoadedBriefing b = app.briefings().get(i);
            Stats s = stats.get(i);
            boolean on = i == selected;
            c.text(row, 1, on ? "›" : " ", Canvas.Style.BOLD);
            c.text(row, 3, b.briefing().title(), on ? Canvas.Style.SELECTED : Canvas.Style.BOLD);
            row++;
            String progress;
            if (s == null) {
                progress = "progress unavailable";
            } else {
                progress = "mastery " + Canvas.bar(s.mastery(), 10) + " " + Math.round(100 * s.mastery()) + "%"
                        + "   last score " + s.last().map(p -> p + "%").orElse("—")
                        + "   last studied " + s.lastStudied().map(DAY::format).orElse("never");
            }
            c.text(row++, 5, progress);
            c.text(row++, 5, Words.count(b.briefing().cards().size(), "card") + " · "
                    + Words.count(questionCounts.get(i), "question") + " · " + b.briefing().source().outlet() + " (" + b.briefing().source().kind().word() + ")",
                    Canvas.Style.DIM);
            row++;
        }
        app.store().warning().ifPresent(w -> c.text(c.height - 1, 2, "! " + w, Canvas.Style.BAD));
    }

    @Override
    public Step key(KeyStroke k) {
        if (Keys.back(k)) return Step.EXIT;
        if (Keys.up(k)) selected = Math.max(0, selected - 1);
        if (Keys.down(k)) selected = Math.min(app.briefings().size() - 1, selected + 1);
        int digit = Keys.digit(k);
        if (digit >= 0 && digit < app.briefings().size()) selected = digit;
        if (Keys.enter(k) || digit >= 0 && digit < app.briefings().size()) {
            return new Step.Open(new BriefingView(app, app.briefings().get(selected)));
        }
        return Step.STAY;
    }

    @Override
    public List<String> keys() {
        return List.of("↑/↓, j/k  choose a briefing", "1-9       choose and open", "Enter     open it",
                "q, Esc    leave brief");
    }

    @Override
    public String hints() {
        return "↑/↓ choose · Enter open · q quit";
    }
}
