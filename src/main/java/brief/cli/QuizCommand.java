package brief.cli;

import brief.content.LoadedBriefing;
import brief.model.Briefing;
import brief.progress.ProgressStore;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import brief.ui.line.LineQuiz;
import brief.ui.tui.Screens;
import java.io.IOException;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Take the quiz: every question, shuffled, scored, and saved as you answer.",
                "In line mode (--plain, a pipe, or TERM=dumb) answer by letter, number or text; ? help, h hint, "
                        + "s skip, q quit. Piped input is read to its end."})
final class QuizCommand extends Studying {
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

    @Override
    void study(LoadedBriefing loaded, Progress.Opening progress) throws IOException {
        Briefing b = loaded.briefing();
        long actualSeed = seed != null ? seed : System.nanoTime();
        Set<String> missed = mistakes ? mistakes(progress.store(), b) : null;
        QuizPlan plan = new QuizPlan(count, card, topic, missed, actualSeed);
        QuizSession session = new QuizSession(b, plan.questions(b));
        display.show(
                () -> Screens.quiz(loaded, session, actualSeed, progress.store(), System::nanoTime, display.colour()),
                io -> new LineQuiz(io, progress.store(), System::nanoTime, "plain").run(session, actualSeed));
    }

    private static Set<String> mistakes(ProgressStore store, Briefing b) {
        try {
            return Stats.mistakes(store, b.id(), QuizPlan.allQuestions(b));
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "your mistakes are read from the progress database");
        }
    }
}
