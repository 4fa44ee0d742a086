package brief.cli;

import brief.content.LoadedBriefing;
import brief.model.Question;
import brief.progress.Memory;
import brief.progress.ProgressStore;
import brief.progress.Records;
import brief.progress.ReviewPlan;
import brief.progress.Stats;
import brief.progress.StoreException;
import brief.quiz.Presented;
import brief.quiz.QuizSession;
import brief.quiz.SessionKind;
import brief.ui.line.LineQuiz;
import brief.ui.tui.Screens;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"The questions due now, across every briefing (or one), most overdue first, then a few new ones.",
                "Scheduled by FSRS: a question falls due when your chance of recalling it drops to 90%%."})
final class ReviewCommand extends LineStudy {
    @Option(names = "--count", paramLabel = "N", defaultValue = "20", description = "Ask at most N questions (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--new", paramLabel = "N", defaultValue = "10",
            description = "At most N questions never answered a day (default: ${DEFAULT-VALUE}).")
    int newPerDay;

    @Mixin
    Seed seed;

    @Mixin
    Display display;

    @Override
    public Integer call() throws IOException, brief.content.LookupException {
        PrintWriter out = out();
        PrintWriter err = err();
        if (count < 1) throw new UserException("--count must be at least 1", null);
        if (newPerDay < 0) throw new UserException("--new cannot be below 0", null);
        List<LoadedBriefing> briefings = id != null ? List.of(briefing())
                : Briefings.someFound(top.folders, err).briefings();
        long actualSeed = seed.value();
        Map<String, List<Question>> questions = new LinkedHashMap<>();
        for (LoadedBriefing b : briefings) questions.put(b.briefing().id(), QuestionPools.of(b).questions());
        try (Progress.Opening opening = Progress.opening(dataDir(), err)) {
            ProgressStore store = opening.store();
            Clock clock = store.clock();
            List<ReviewPlan.Briefing> before = memories(questions, store);
            List<QuizSession> sessions = sessions(briefings, questions, ReviewPlan.choose(before, clock.instant(),
                    clock.getZone(), count, newPerDay), actualSeed);
            if (sessions.isEmpty()) out.println("Nothing is due now, and no new question is left for today.");
            if (!sessions.isEmpty()) {
                display.show(() -> {
                    for (QuizSession s : sessions) {
                        LoadedBriefing loaded = briefings.stream()
                                .filter(l -> l.briefing().id().equals(s.briefing().id())).findFirst().orElseThrow();
                        Screens.quiz(loaded, s, actualSeed, store, System::nanoTime, display.colour());
                        if (s.quit()) break;
                    }
                }, io -> {
                    LineQuiz quiz = new LineQuiz(io, store, System::nanoTime, Records.FrontEnd.PLAIN);
                    for (QuizSession s : sessions) {
                        quiz.run(s, actualSeed);
                        if (s.quit()) break;
                    }
                });
            }
            // Replayed again only when answers were given: with none, the schedules are as they were.
            boolean answered = sessions.stream().anyMatch(s -> s.index() > 0);
            out.println(ReviewPlan.next(answered ? memories(questions, store) : before, clock.instant(), clock.getZone()));
            out.flush();
        }
        return ExitCode.OK;
    }

    /** Each briefing's schedules, from its questions by briefing id. */
    private static List<ReviewPlan.Briefing> memories(Map<String, List<Question>> questions, ProgressStore store) {
        List<ReviewPlan.Briefing> out = new ArrayList<>();
        try {
            for (Map.Entry<String, List<Question>> b : questions.entrySet()) {
                out.add(new ReviewPlan.Briefing(b.getKey(), Memory.load(b.getKey(), b.getValue(), store, Stats.SCHEDULER)));
            }
        } catch (StoreException e) {
            throw new UserException(e.getMessage(), "the schedule is read from the progress database; see --data-dir");
        }
        return out;
    }

    /** One session per briefing, in the order of its first pick, each asking its picks in order. */
    private static List<QuizSession> sessions(List<LoadedBriefing> briefings, Map<String, List<Question>> questions,
                                              List<ReviewPlan.Pick> picks, long seed) {
        Map<String, List<Presented>> by = new LinkedHashMap<>();
        Random random = new Random(seed);
        for (ReviewPlan.Pick p : picks) {
            Question q = questions.get(p.briefing()).stream().filter(x -> x.id().equals(p.question()))
                    .findFirst().orElseThrow();
            by.computeIfAbsent(p.briefing(), k -> new ArrayList<>()).add(Presented.of(q, random));
        }
        List<QuizSession> out = new ArrayList<>();
        by.forEach((id, shown) -> out.add(new QuizSession(briefings.stream().filter(l -> l.briefing().id().equals(id))
                .findFirst().orElseThrow().briefing(), shown, SessionKind.REVIEW)));
        return out;
    }
}
