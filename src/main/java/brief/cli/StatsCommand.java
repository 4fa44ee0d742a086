package brief.cli;

import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import brief.progress.Stats;
import brief.progress.StatsReport;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Your progress: sessions, best, last and average score, mastery of each card, the questions "
                + "missed most, and scores over time.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BriefingArgument briefing;

    @ParentCommand
    BriefCommand top;

    @Option(names = "--json", description = "Print the stats as JSON.")
    boolean json;

    @Override
    public Integer call() {
        LoadedBriefing loaded = briefing.find(top, spec.commandLine().getErr());
        try (ProgressStore store = Progress.open(top.dataDir, spec.commandLine().getErr())) {
            Stats stats = Stats.of(loaded.briefing(), QuizPlan.allQuestions(loaded.briefing()), store);
            spec.commandLine().getOut().print(json ? StatsReport.json(stats) : StatsReport.text(stats));
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "progress is kept in the data folder; see --data-dir");
        }
        return ExitCode.OK;
    }
}
