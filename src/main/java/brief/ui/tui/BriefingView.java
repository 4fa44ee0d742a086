package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.model.Briefing;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import brief.render.OnePage;
import java.util.Set;

/** One briefing: what it is about, and what the reader can do with it. */
final class BriefingView extends PageView {
    private enum Action {
        CARDS("Read the cards"), QUIZ("Take the quiz"), MISTAKES("Review mistakes"), STATS("Stats"),
        PRINT("Preview the one-page print");

        final String label;

        Action(String label) {
            this.label = label;
        }
    }

    private static final Action[] ACTIONS = Action.values();
    private final App app;
    private final LoadedBriefing loaded;
    private final Menu menu = new Menu();
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
    void layOut(Page page) {
        Briefing b = loaded.briefing();
        int w = Math.min(page.width - 2, 100);
        page.blank();
        page.wrapped(2, w, b.title(), Canvas.Style.BOLD, "", "");
        page.wrapped(2, w, OnePage.sourceLine(b.source()), Canvas.Style.DIM, "", "  ");
        page.blank();
        page.wrapped(2, w, b.lead(), Canvas.Style.PLAIN, "", "");
        page.blank();
        page.line(2, "Bottom line", Canvas.Style.BOLD);
        page.wrapped(2, w, b.bluf(), Canvas.Style.PLAIN, "  ", "  ");
        page.blank();
        int first = page.size();
        for (int i = 0; i < ACTIONS.length; i++) {
            String label = (i + 1) + "  " + ACTIONS[i].label;
            if (ACTIONS[i] == Action.MISTAKES) label += mistakes.isEmpty() ? " (none)" : " (" + mistakes.size() + ")";
            page.option(1, i == menu.selected(), label, "   ");
        }
        page.focus(first, page.size());
        if (note != null) page.blank().wrapped(2, w, note, Canvas.Style.BAD, "", "");
    }

    @Override
    public KeyTable keys() {
        KeyTable t = menu.keys(new KeyTable(), ACTIONS.length, "an action", "do", i -> act(ACTIONS[i]));
        t.add("q, Esc", "back to the briefings", "back", k -> Step.BACK, Key.chr('q'), Key.ESC);
        return scroll.keys(t, false);
    }

    @Override
    public Step key(com.googlecode.lanterna.input.KeyStroke k) {
        note = null;
        return keys().handle(k);
    }

    /** A switch over every action, so that a new one is a compile error until it has a screen. */
    private Step act(Action action) {
        return switch (action) {
            case CARDS -> new Step.Open(new CardsView(app, loaded));
            case QUIZ -> quiz(null);
            case MISTAKES -> mistakes();
            case STATS -> new Step.Open(new StatsView(app, loaded));
            case PRINT -> new Step.Open(new PreviewView(loaded));
        };
    }

    private Step mistakes() {
        if (mistakes.isEmpty()) {
            note = "No mistakes to review: every question you answered last time was right.";
            return Step.STAY;
        }
        return quiz(mistakes);
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
}
