package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.progress.Records;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** Mastery of each card and recent scores. */
final class StatsView implements View {
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
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
    public void draw(Canvas c) {
        if (stats == null) {
            c.text(1, 2, "Progress cannot be read: " + problem, Canvas.Style.BAD);
            return;
        }
        int row = 1;
        c.text(row++, 2, String.format("Sessions %d · best %s · last %s · average %s · mastery %d%%", stats.sessions().size(),
                pct(stats.best().orElse(null)), pct(stats.last().orElse(null)), pct(stats.average().orElse(null)),
                Math.round(100 * stats.mastery())), Canvas.Style.BOLD);
        List<Records.Session> scored = stats.scored();
        StringBuilder spark = new StringBuilder();
        for (Records.Session s : scored.subList(Math.max(0, scored.size() - 30), scored.size())) {
            spark.append(BLOCKS.charAt(Math.min(BLOCKS.length() - 1, s.percent() * BLOCKS.length() / 101)));
        }
        c.text(row++, 2, "Recent scores: " + (spark.length() == 0 ? "none yet" : spark + "  (oldest to newest)"));
        row++;
        c.text(row++, 2, "Mastery by card", Canvas.Style.BOLD);
        for (Stats.CardMastery m : stats.cards()) {
            c.text(row++, 2, Canvas.bar(m.mastery(), 20) + String.format(" %3d%%  ", Math.round(100 * m.mastery()))
                    + m.title());
        }
        if (!stats.mostMissed().isEmpty()) {
            row++;
            c.text(row++, 2, "Missed most", Canvas.Style.BOLD);
            for (Stats.Missed m : stats.mostMissed()) {
                c.text(row++, 2, m.misses() + "×  " + m.prompt());
            }
        }
    }

    private static String pct(Integer p) {
        return p == null ? "—" : p + "%";
    }

    @Override
    public Step key(KeyStroke k) {
        return Keys.back(k) || Keys.enter(k) ? Step.BACK : Step.STAY;
    }

    @Override
    public List<String> keys() {
        return List.of("q, Esc, Enter  back");
    }

    @Override
    public String hints() {
        return "Esc back";
    }
}
