package brief.cli;

import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import brief.progress.Stats;
import brief.progress.StatsReport;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Your progress: sessions, best, last and average score, mastery of each card, the questions "
                + "missed most, and scores over time.")
final class StatsCommand extends OneBriefing {
    @Option(names = "--json", description = "Print the stats as JSON.")
    boolean json;

    @Override
    public Integer call() {
        LoadedBriefing loaded = briefing();
        try (ProgressStore store = Progress.open(dataDir(), err())) {
            Stats stats = Stats.of(loaded.briefing(), QuizPlan.allQuestions(loaded.briefing()), store);
            out().print(json ? StatsReport.json(stats) : StatsReport.text(stats));
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "progress is kept in the data folder; see --data-dir");
        }
        return ExitCode.OK;
    }
}
