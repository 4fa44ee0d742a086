package brief.quiz;

import brief.model.Option;
import brief.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A test-wise reader who has not read the article: answers choice, "choose all" and true/false questions from
 * their form alone, and guesses where form says nothing. Its score is an expectation, so a guess counts as chance.
 * Like a reader who has sat the writer's tests before, it learns the writer's habits from the options of all the
 * questions at once: by which share wrong amounts are scaled from the right one.
 */
public final class TestWise {
    private static final Pattern ABSOLUTE = Pattern.compile(
            "\\b(always|never|only|all|none|every|entirely|completely|no one|nothing|first|must)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGED = Pattern.compile(
            "\\b(some|may|might|often|usually|sometimes|generally|can|could|partly)\\b", Pattern.CASE_INSENSITIVE);

    private TestWise() {}

    /** Expected credit of the solver and of a blind guess, summed over the questions it can answer. */
    public record Score(double solver, double chance, int questions) {
        public double solverPercent() {
            return questions == 0 ? 0 : 100 * solver / questions;
        }

        public double chancePercent() {
            return questions == 0 ? 0 : 100 * chance / questions;
        }

        Score plus(Score o) {
            return new Score(solver + o.solver, chance + o.chance, questions + o.questions);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.1f%% against chance %.1f%% over %d questions", solverPercent(),
                    chancePercent(), questions);
        }
    }

    public static Score score(List<Question> questions) {
        Score total = new Score(0, 0, 0);
        Amounts.Ratios habit = habit(questions);
        for (Question q : questions) {
            if (q instanceof Question.Choice c) total = total.plus(choice(c, habit));
            else if (q instanceof Question.Multi m) total = total.plus(multi(m));
            else if (q instanceof Question.TrueFalse t) total = total.plus(trueFalse(t));
        }
        return total;
    }

    /**
     * The ratios that single out one option of the most questions whose options are all amounts: the writer's habit.
     * On a tie the commoner habit, in the order of {@link Amounts.Ratios}.
     */
    static Amounts.Ratios habit(List<Question> questions) {
        Amounts.Ratios best = Amounts.Ratios.QUARTERS;
        long most = 0;
        for (Amounts.Ratios r : Amounts.Ratios.values()) {
            long told = questions.stream().filter(q -> q instanceof Question.Choice)
                    .filter(q -> !Amounts.scaledFrom(((Question.Choice) q).options(), r).isEmpty()).count();
            if (told > most) {
                most = told;
                best = r;
            }
        }
        return best;
    }

    /**
     * The odd-form option; among amounts, the one the others are all multiples of, the one they are scaled from by
     * the writer's habit, the only round one, the only one of its size, else one of the middle two; otherwise the one sharing most words with the
     * prompt, else the longest, else a guess.
     */
    static Score choice(Question.Choice q, Amounts.Ratios habit) {
        List<Option> options = q.options();
        double chance = 1.0 / options.size();
        List<Option> pick = Forms.oddOneOut(options);
        if (pick.size() != 1 && Amounts.all(options) != null) {
            pick = Amounts.dividesAll(options);
            if (pick.isEmpty()) pick = Amounts.scaledFrom(options, habit);
            if (pick.isEmpty()) pick = Amounts.roundest(options);
            if (pick.isEmpty()) pick = Amounts.oddSize(options);
            if (pick.isEmpty()) pick = Amounts.middle(options);
            double solver = pick.stream().filter(o -> o.id().equals(q.answer())).count() / (double) pick.size();
            return new Score(solver, chance, 1);
        }
        if (pick.size() != 1) pick = most(options, o -> (double) shared(q.stem().prompt(), o.text()));
        if (pick.size() != 1) pick = most(options, o -> (double) o.text().length());
        double solver = pick.stream().filter(o -> o.id().equals(q.answer())).count() / (double) pick.size();
        return new Score(solver, chance, 1);
    }

    /** Picks the options longer than the average and those sharing words with the prompt, but no broken sentence. */
    static Score multi(Question.Multi q) {
        List<Option> options = q.options();
        double mean = options.stream().mapToInt(o -> o.text().length()).average().orElse(0);
        List<String> picks = new ArrayList<>();
        for (Option o : options) {
            if (Forms.fragment(o.text())) continue;
            if (o.text().length() > mean || shared(q.stem().prompt(), o.text()) > 0) picks.add(o.id());
        }
        double chance = chanceOfMulti(q);
        if (picks.isEmpty() || picks.size() == options.size()) return new Score(chance, chance, 1);
        return new Score(Grading.grade(q, new Response.Picks(picks)).credit(), chance, 1);
    }

    /**
     * A statement that is not a whole sentence is false; absolute words ("never", "only", "first") mean false, hedges
     * ("some", "may") true; else true, since writers of such questions state more true things than false ones.
     */
    static Score trueFalse(Question.TrueFalse q) {
        if (Forms.fragment(statement(q))) return new Score(q.answer() ? 0 : 1, 0.5, 1);
        boolean absolute = ABSOLUTE.matcher(q.stem().prompt()).find();
        boolean hedged = HEDGED.matcher(q.stem().prompt()).find();
        boolean says = absolute == hedged || hedged;
        return new Score(says == q.answer() ? 1 : 0, 0.5, 1);
    }

    /** The statement judged, without the "True or false:" before it. */
    private static String statement(Question.TrueFalse q) {
        return q.stem().prompt().replaceFirst("(?i)^\\s*true or false\\s*[:?.-]?\\s*", "");
    }

    /** The mean credit of every possible set of picks. */
    static double chanceOfMulti(Question.Multi q) {
        int n = q.options().size();
        double sum = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            List<String> picks = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) picks.add(q.options().get(i).id());
            }
            sum += Grading.grade(q, new Response.Picks(picks)).credit();
        }
        return sum / (1 << n);
    }

    private static List<Option> most(List<Option> options, java.util.function.ToDoubleFunction<Option> measure) {
        double best = options.stream().mapToDouble(measure).max().orElse(0);
        if (best <= 0) return options;
        return options.stream().filter(o -> measure.applyAsDouble(o) == best).toList();
    }

    private static int shared(String prompt, String option) {
        Set<String> p = Facts.words(prompt);
        return (int) Facts.words(option).stream().filter(p::contains).count();
    }
}
