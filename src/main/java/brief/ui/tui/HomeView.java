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

/** The briefings, each with how far the reader has got with it. */
final class HomeView extends PageView {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());
    private final App app;
    private final List<Stats> stats = new ArrayList<>();
    private final List<Integer> questionCounts = new ArrayList<>();
    private final Menu menu = new Menu();

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
    void layOut(Page page) {
        int due = stats.stream().filter(java.util.Objects::nonNull).mapToInt(Stats::due).sum();
        page.blank().line(2, "Choose a briefing (" + due + " due in all):", Canvas.Style.BOLD)
                .blank();
        for (int i = 0; i < app.briefings().size(); i++) {
            LoadedBriefing b = app.briefings().get(i);
            Stats s = stats.get(i);
            boolean on = i == menu.selected();
            int first = page.size();
            page.wrapped(3, page.width - 3, b.briefing().title(), on ? Canvas.Style.SELECTED : Canvas.Style.BOLD, "", "");
            page.put(first, 1, on ? "›" : " ", Canvas.Style.BOLD);
            String progress;
            if (s == null) {
                progress = "progress unavailable";
            } else {
                progress = "mastery " + Canvas.bar(s.mastery(), 10) + " " + Math.round(100 * s.mastery()) + "%"
                        + " · " + s.due() + " due · last score " + s.last().map(p -> p + "%").orElse("—")
                        + " · last studied " + s.lastStudied().map(DAY::format).orElse("never");
            }
            page.wrapped(5, page.width - 5, progress, Canvas.Style.PLAIN, "", "");
            page.wrapped(5, page.width - 5, Words.count(b.briefing().cards().size(), "card") + " · "
                    + Words.count(questionCounts.get(i), "question") + " · " + b.briefing().source().outlet() + " ("
                    + b.briefing().source().kind().word() + ")", Canvas.Style.DIM, "", "");
            if (on) page.focus(first, page.size());
            page.blank();
        }
        app.store().warning().ifPresent(w -> page.wrapped(2, page.width - 2, "! " + w, Canvas.Style.BAD, "", "  "));
    }

    @Override
    public KeyTable keys() {
        KeyTable t = menu.keys(new KeyTable(), app.briefings().size(), "a briefing", "open",
                i -> new Step.Open(new BriefingView(app, app.briefings().get(i))));
        t.add("q, Esc", "leave brief", "quit", k -> Step.EXIT, Key.chr('q'), Key.ESC);
        return scroll.keys(t, false);
    }
}
