package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import brief.render.DisplayWidth;
import brief.render.stats.StatsReport;

/** Progress as the text report gives it (scores, mastery by card, most missed, history), scrolled to fit. */
final class StatsView extends PageView {
    private final Stats stats;
    private final String problem;

    StatsView(App app, LoadedBriefing loaded) {
        Stats s = null;
        String p = null;
        try {
            s = Stats.of(loaded.briefing(), QuizPlan.allQuestions(loaded.briefing()), app.store());
        } catch (StoreException e) {
            p = e.getMessage();
        }
        stats = s;
        problem = p;
    }

    @Override
    public String title() {
        return "stats";
    }

    @Override
    void layOut(Page page) {
        page.blank();
        if (stats == null) {
            page.wrapped(2, page.width - 2, "Progress cannot be read: " + problem, Canvas.Style.BAD, "", "  ");
        } else {
            boolean heading = true;
            for (String line : StatsReport.text(stats).split("\n", -1)) {
                if (line.isBlank()) {
                    page.blank();
                    heading = true;
                    continue;
                }
                // A section's first line is its heading; the first section is the briefing's name and totals.
                Canvas.Style style = heading ? Canvas.Style.BOLD : Canvas.Style.PLAIN;
                heading = false;
                if (DisplayWidth.of(line) <= page.width - 2) {
                    page.line(2, line, style);
                    continue;
                }
                String indent = line.substring(0, line.length() - line.stripLeading().length());
                page.wrapped(2, page.width - 2, line.strip(), style, indent, indent + "  ");
            }
        }
    }

    @Override
    public KeyTable keys() {
        KeyTable t = scroll.keys(new KeyTable(), true);
        return t.add("q, Esc, Enter", "back", "back", k -> Step.BACK, Key.chr('q'), Key.ESC, Key.ENTER);
    }
}
