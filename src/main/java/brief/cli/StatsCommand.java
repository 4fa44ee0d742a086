package brief.cli;

import brief.content.LoadedBriefing;
import brief.content.LookupException;
import brief.progress.ProgressStore;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import brief.render.stats.StatsReport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Your progress: sessions, best, last and average score, mastery of each card (what you would "
                + "recall now), questions due, retention, a 14-day forecast, the questions missed most, and history.",
                "With several briefings and no ID: one line for each, and the totals."})
final class StatsCommand extends OneBriefing {
    @Option(names = "--json", description = "Print the stats as JSON (with several briefings, an array).")
    boolean json;

    @Override
    public Integer call() throws LookupException {
        List<LoadedBriefing> briefings = id != null ? List.of(briefing()) : Briefings.someFound(top.folders, err()).briefings();
        try (ProgressStore store = Progress.open(dataDir(), err())) {
            List<Stats> all = new ArrayList<>();
            for (LoadedBriefing b : briefings) all.add(Stats.of(b.briefing(), QuizPlan.allQuestions(b.briefing()), store));
            String text;
            if (all.size() == 1) text = json ? StatsReport.json(all.get(0)) : StatsReport.text(all.get(0));
            else text = json ? StatsReport.json(all) : StatsReport.overview(all);
            out().print(text);
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "progress is kept in the data folder; see --data-dir");
        }
        return ExitCode.OK;
    }
}
