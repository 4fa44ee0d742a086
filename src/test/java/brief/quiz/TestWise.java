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
 * Like a reader who has sat the writer's tests before, it knows the writer's habits ({@link WritersHabits}), and
 * like any reader of a whole quiz it takes what the other questions show ({@link GivenAway}).
 */
public final class TestWise {
    private static final Pattern ABSOLUTE = Pattern.compile(
            "\\b(always|never|only|all|none|every|entirely|completely|no one|nothing|first|must)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEDGED = Pattern.compile(
            "\\b(some|may|might|often|usually|sometimes|generally|can|could|partly)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\S*|\\S*\\d\\S*");

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
        for (Score s : each(questions)) total = total.plus(s);
        return total;
    }

    /** The score of each question, in their order, the writer's habits learned from them all. */
    public static List<Score> each(List<Question> questions) {
        WritersHabits habits = WritersHabits.of(questions);
        List<GivenAway.Shown> shown = GivenAway.texts(questions);
        return questions.stream().map(q -> one(q, habits, shown)).toList();
    }

    /** The score of one question of a quiz, the habits learned from all of it; zero questions for the types it leaves. */
    static Score one(Question q, WritersHabits habits, List<GivenAway.Shown> shown) {
        if (q instanceof Question.Choice c) return choice(c, habits, shown);
        if (q instanceof Question.Multi m) return multi(m, shown);
        if (q instanceof Question.TrueFalse t) return trueFalse(t, habits, shown);
        return new Score(0, 0, 0);
    }

    /**
     * An option another question shows beside what this one asks about; else the odd-form option; among amounts, the
     * one the others are all multiples of, the one they are scaled from by the writer's habit, the only round one, the
     * only one of its size, else the one at the writer's rank; otherwise the one sharing most words with the prompt,
     * else the most specific (most names and numbers, most words), else the longest.
     */
    static Score choice(Question.Choice q, WritersHabits habits, List<GivenAway.Shown> shown) {
        List<Option> options = q.options();
        double chance = 1.0 / options.size();
        List<Option> pick = GivenAway.options(q, options, shown);
        if (pick.isEmpty() || pick.size() == options.size()) pick = Forms.oddOneOut(options);
        if (pick.size() != 1 && Amounts.all(options) != null) {
            pick = Amounts.dividesAll(options);
            if (pick.isEmpty()) pick = Amounts.scaledFrom(options, habits.ratios());
            if (pick.isEmpty()) pick = Amounts.roundest(options);
            if (pick.isEmpty()) pick = Amounts.oddSize(options);
            if (pick.isEmpty()) pick = WritersHabits.at(options, habits.rank());
            return new Score(credit(q, pick), chance, 1);
        }
        if (pick.size() != 1) pick = most(options, o -> (double) shared(q.stem().prompt(), o.text()));
        if (pick.size() != 1) pick = most(options, TestWise::specificity);
        if (pick.size() != 1) pick = most(options, o -> (double) o.text().length());
        return new Score(credit(q, pick), chance, 1);
    }

    private static double credit(Question.Choice q, List<Option> pick) {
        if (pick.isEmpty()) return 1.0 / q.options().size();
        return pick.stream().filter(o -> o.id().equals(q.answer())).count() / (double) pick.size();
    }

    /**
     * Picks the options another question shows beside what this one asks about; where none is, those longer than
     * the average and those sharing words with the prompt, but no broken sentence.
     */
    static Score multi(Question.Multi q, List<GivenAway.Shown> shown) {
        List<Option> options = q.options();
        double chance = chanceOfMulti(q);
        List<String> picks = new ArrayList<>(GivenAway.options(q, options, shown).stream().map(Option::id).toList());
        if (picks.isEmpty()) {
            double mean = options.stream().mapToInt(o -> o.text().length()).average().orElse(0);
            for (Option o : options) {
                if (Forms.fragment(o.text())) continue;
                if (o.text().length() > mean || shared(q.stem().prompt(), o.text()) > 0) picks.add(o.id());
            }
        }
        if (picks.isEmpty() || picks.size() == options.size()) return new Score(chance, chance, 1);
        return new Score(Grading.grade(q, new Response.Picks(picks)).credit(), chance, 1);
    }

    /**
     * A statement that is not a whole sentence is false; one another question repeats in the article's own words is
     * true, and false where it repeats it with another number or name; absolute words ("never", "only", "first")
     * mean false, hedges ("some", "may") true; else whichever the writer's statements mostly are, and true where
     * they are as often one as the other.
     */
    static Score trueFalse(Question.TrueFalse q, WritersHabits habits, List<GivenAway.Shown> shown) {
        String statement = statement(q);
        if (Forms.fragment(statement)) return new Score(q.answer() ? 0 : 1, 0.5, 1);
        Boolean told = GivenAway.statement(q, statement, shown);
        if (told != null) return new Score(told == q.answer() ? 1 : 0, 0.5, 1);
        boolean absolute = ABSOLUTE.matcher(statement).find();
        boolean hedged = HEDGED.matcher(statement).find();
        boolean says = absolute != hedged ? hedged : habits.mostly() == null || habits.mostly();
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

    /** How much an option names: its names and numbers, then its content words, as a reader weighs "the detailed one". */
    static double specificity(Option o) {
        long named = CAPITALISED.matcher(o.text()).results().count();
        return named * 100 + Facts.words(o.text()).size();
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
