package brief.cli;

import brief.content.LoadedBriefing;
import brief.model.Briefing;
import brief.model.Question;
import brief.progress.Memory;
import brief.progress.ProgressStore;
import brief.progress.QuizRecorder;
import brief.progress.Records;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.QuestionPool;
import brief.quiz.QuizPlan;
import brief.quiz.Presented;
import brief.quiz.QuizSession;
import brief.quiz.SessionKind;
import brief.ui.line.LineIO;
import brief.ui.line.LineQuiz;
import brief.ui.tui.Screens;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Take a short quiz (12 questions: those due first, then new ones, then the weakest; --all for every one), scored and saved as you answer.",
                "In line mode (--plain, a pipe, or TERM=dumb) answer by letter, number or text; ? help, h hint, "
                        + "s skip, q quit. Piped input is read to its end."})
final class QuizCommand extends Studying {
    @Option(names = "--count", paramLabel = "N", converter = Ranges.AtLeastOne.class,
            description = "Ask at most N questions (default 12: those due first, then new ones, then the weakest).")
    Integer count;

    @Option(names = "--all", description = "Ask every question.")
    boolean all;

    @Option(names = "--new", description = "Start a new quiz even if the last one was left before its end.")
    boolean fresh;

    @Option(names = "--resume", description = "Go on with the quiz left before its end without asking (for scripts).")
    boolean resume;

    @Option(names = "--card", paramLabel = "CARD", description = "Only questions on this card (id, or part of its title).")
    String card;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Only questions on cards of this topic.")
    String topic;

    @Option(names = "--mistakes", description = "Only the questions you missed the last time you answered them.")
    boolean mistakes;

    @Mixin
    Seed seed;

    @Override
    void study(LoadedBriefing loaded, Progress.Opening progress) throws IOException {
        Briefing b = loaded.briefing();
        long actualSeed = seed.value();
        if (all && count != null) throw new UserException("--all and --count do not go together", null);
        if (fresh && resume) throw new UserException("--new and --resume do not go together", null);
        QuestionPool pool = QuestionPools.of(loaded);
        List<Question> questions = pool.questions();
        Records.Session left = fresh ? null : goOn(progress.store(), b, questions);
        QuizSession session;
        if (left != null) {
            session = new QuizSession(b, remaining(questions, left, actualSeed), left.mode());
        } else {
            Set<String> missed = mistakes ? mistakes(progress.store(), b, questions) : null;
            QuizPlan plan = new QuizPlan(all ? null : count != null ? count : QuizPlan.DEFAULT_COUNT, card, topic, missed,
                    actualSeed, rank(progress.store(), b, questions));
            session = new QuizSession(b, plan.questions(b, pool), mistakes ? SessionKind.MISTAKES : SessionKind.QUIZ);
        }
        display.show(
                () -> Screens.quiz(loaded, session, actualSeed, progress.store(), System::nanoTime, display.colour(), left),
                io -> new LineQuiz(io, progress.store(), System::nanoTime, Records.FrontEnd.PLAIN)
                        .run(session, actualSeed, left));
    }

    /**
     * The quiz left before its end, when the reader wants to go on with it: with --resume, or by answering yes on a
     * terminal. Piped input is not asked, so that a script's answers are not taken for a reply.
     */
    private Records.Session goOn(ProgressStore store, Briefing b, List<Question> questions) throws IOException {
        Records.Session left;
        try {
            left = QuizRecorder.left(store, b.id()).orElse(null);
        } catch (StoreException e) {
            return null;
        }
        if (left == null || remainingIds(questions, left).isEmpty()) return null;
        if (resume) return left;
        if (!Terminals.interactive()) return null;
        try (LineIO io = LineIO.system()) {
            String answer = io.read("You left the last quiz after " + left.answered() + " of " + left.plan().size()
                    + " questions. Go on with it? [Y/n] ");
            if (answer == null) return null;
            String a = answer.strip().toLowerCase(java.util.Locale.ROOT);
            return a.isEmpty() || a.startsWith("y") ? left : null;
        }
    }

    /** The questions the left session had not reached, those still in the briefing, in its order. */
    private static List<String> remainingIds(List<Question> questions, Records.Session left) {
        Set<String> present = new java.util.HashSet<>();
        for (Question q : questions) present.add(q.id());
        return left.plan().subList(left.answered(), left.plan().size()).stream().filter(present::contains).toList();
    }

    private static List<Presented> remaining(List<Question> questions, Records.Session left, long seed) {
        Random random = new Random(seed);
        Map<String, Question> byId = new java.util.HashMap<>();
        for (Question q : questions) byId.put(q.id(), q);
        return remainingIds(questions, left).stream().map(id -> Presented.of(byId.get(id), random)).toList();
    }

    /** The scheduler's order of the briefing's questions: due, never answered, weakest. */
    private static Map<String, Integer> rank(ProgressStore store, Briefing b, List<Question> questions) {
        try {
            return Memory.load(b.id(), questions, store, Stats.SCHEDULER).rank(store.clock().instant(),
                    Stats.SCHEDULER);
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "the schedule is read from the progress database; see --data-dir");
        }
    }

    private static Set<String> mistakes(ProgressStore store, Briefing b, List<Question> questions) {
        try {
            return Stats.mistakes(store, b.id(), questions);
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "your mistakes are read from the progress database");
        }
    }
}
