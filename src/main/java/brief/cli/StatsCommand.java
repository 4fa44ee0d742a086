package brief.cli;

import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import brief.progress.Stats;
import brief.progress.StatsReport;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Your progress: sessions, best, last and average score, mastery of each card (what you would "
                + "recall now), questions due, retention, a 14-day forecast, the questions missed most, and history.",
                "With several briefings and no ID: one line for each, and the totals."})
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BriefingArgument briefing;

    @ParentCommand
    BriefCommand top;

    @Option(names = "--json", description = "Print the stats as JSON (with several briefings, an array).")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<LoadedBriefing> briefings;
        if (briefing.id != null) {
            briefings = List.of(briefing.find(top, err));
        } else {
            briefings = Briefings.someFound(top.folders, err).briefings();
        }
        try (ProgressStore store = Progress.open(top.dataDir, err)) {
            List<Stats> all = new ArrayList<>();
            for (LoadedBriefing b : briefings) all.add(Stats.of(b.briefing(), QuizPlan.allQuestions(b.briefing()), store));
            String text;
            if (all.size() == 1) text = json ? StatsReport.json(all.get(0)) : StatsReport.text(all.get(0));
            else text = json ? StatsReport.json(all) : StatsReport.overview(all);
            spec.commandLine().getOut().print(text);
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "progress is kept in the data folder; see --data-dir");
        }
        return ExitCode.OK;
    }
}
