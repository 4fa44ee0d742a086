package brief.cli;

import brief.content.LoadedBriefing;
import brief.model.Briefing;
import brief.progress.ProgressStore;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import brief.ui.line.LineIO;
import brief.ui.line.LineQuiz;
import brief.ui.tui.Screens;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Take the quiz: every question, shuffled, scored, and saved as you answer.",
                "In line mode (--plain, a pipe, or TERM=dumb) answer by letter, number or text; ? help, h hint, "
                        + "s skip, q quit. Piped input is read to its end."})
final class QuizCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BriefingArgument briefing;

    @ParentCommand
    BriefCommand top;

    @Option(names = "--count", paramLabel = "N", converter = Ranges.AtLeastOne.class,
            description = "Ask at most N questions.")
    Integer count;

    @Option(names = "--card", paramLabel = "CARD", description = "Only questions on this card (id, or part of its title).")
    String card;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only questions on cards of this topic.")
    String topic;

    @Option(names = "--mistakes", description = "Only the questions you missed the last time you answered them.")
    boolean mistakes;

    @Option(names = "--seed", paramLabel = "N", description = "Shuffle questions and options reproducibly.")
    Long seed;

    @Mixin
    Display display;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        try (Progress.Opening opening = Progress.opening(top.dataDir, err)) {
            LoadedBriefing loaded = briefing.find(top, err);
            Briefing b = loaded.briefing();
            long actualSeed = seed != null ? seed : System.nanoTime();
            Set<String> missed = mistakes ? mistakes(opening.store(), b) : null;
            QuizPlan plan = new QuizPlan(count, card, topic, missed, actualSeed);
            QuizSession session;
            try {
                session = new QuizSession(b, plan.questions(b));
            } catch (QuizPlan.PlanException e) {
                throw new UserException(e.getMessage(), e.hint());
            }
            if (display.fullScreen()) {
                Screens.quiz(loaded, session, actualSeed, opening.store(), System::nanoTime, display.colour());
                return ExitCode.OK;
            }
            try (LineIO io = display.lineIO()) {
                new LineQuiz(io, opening.store(), System::nanoTime, "plain").run(session, actualSeed);
            }
        }
        return ExitCode.OK;
    }

    private static Set<String> mistakes(ProgressStore store, Briefing b) {
        try {
            return Stats.mistakes(store, b.id(), QuizPlan.allQuestions(b));
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "your mistakes are read from the progress database");
        }
    }
}
