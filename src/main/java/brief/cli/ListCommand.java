package brief.cli;

import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.model.Briefing;
import brief.model.Question;
import brief.progress.ProgressStore;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import brief.quiz.Scoreboard;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the briefings found, with id, title, card and question counts, source, and your progress.")
final class ListCommand implements Callable<Integer> {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.systemDefault());

    @Spec
    CommandSpec spec;

    @ParentCommand
    BriefCommand top;

    @Override
    public Integer call() {
        return list(top, spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** The list, for the folders and data folder given to the top command: what 'brief' shows off a terminal. */
    static int list(BriefCommand top, PrintWriter out, PrintWriter err) {
        Library library = Briefings.someFound(top.folders, err);
        try (ProgressStore store = Progress.open(top.dataDir, err)) {
            for (LoadedBriefing loaded : library.briefings()) {
                Briefing b = loaded.briefing();
                List<Question> questions = QuizPlan.allQuestions(b);
                out.println(b.id() + "  " + b.title());
                out.printf("    %d cards, %d questions · %s, %s%s · %s%n", b.cards().size(), questions.size(),
                        b.source().outlet(), b.source().kind().word(),
                        b.source().published() == null ? "" : ", " + b.source().published(),
                        loaded.builtin() ? "built in" : loaded.location());
                out.println("    " + progress(store, b, questions));
            }
        }
        Briefings.reportFailures(library, err);
        return ExitCode.OK;
    }

    private static String progress(ProgressStore store, Briefing b, List<Question> questions) {
        try {
            Stats s = Stats.of(b, questions, store);
            if (s.lastStudied().isEmpty()) return "not studied yet";
            return String.format("mastery %s %d%% · %d due · last score %s · last studied %s", Scoreboard.bar(s.mastery(), 10, Scoreboard.Bar.ASCII),
                    Math.round(100 * s.mastery()), s.due(), s.last().map(p -> p + "%").orElse("—"),
                    DAY.format(s.lastStudied().get()));
        } catch (StoreException e) {
            return "progress unavailable: " + e.getMessage();
        }
    }
}
