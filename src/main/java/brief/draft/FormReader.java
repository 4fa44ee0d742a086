package brief.draft;

import brief.model.Option;
import brief.model.Question;
import brief.quiz.Amounts;
import brief.quiz.Facts;
import brief.quiz.Forms;
import brief.quiz.Grading;
import brief.quiz.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * A reader who has not read the article and answers from the form of a question: the option of odd form; among
 * amounts the one the others are all multiples of or are scaled from, the only round one, the only one of its size,
 * else the one at the rank where the writer puts the right amount; the one echoing the prompt, the one naming most,
 * the longest; a broken sentence is false, "never" makes a statement false, "may" true, and anything else is
 * whichever the writer's statements mostly are. Like a reader who has sat the writer's tests before, it knows the
 * writer's habits, so it reads a set of questions at once: a draft's questions are chosen so that this reader
 * scores what a blind guess would, neither more (a give-away) nor less (a give-away in reverse).
 */
final class FormReader {
    private static final Pattern ABSOLUTE = Pattern.compile(
            "(?i)\\b(always|never|only|all|none|every|entirely|completely|no one|nothing|first|must)\\b");
    private static final Pattern HEDGED = Pattern.compile(
            "(?i)\\b(some|may|might|often|usually|sometimes|generally|can|could|partly)\\b");
    private static final Pattern NAMING = Pattern.compile("\\p{Lu}\\S*|\\S*\\d\\S*");
    /** A habit is something done more than once: what holds of a single question is not taken for one. */
    private static final int SEEN = 2;

    /** Where among amounts in order the writer puts the right one: one of the middle two, or an end. */
    enum Rank { MIDDLE, HIGHEST, LOWEST }

    /**
     * What form tells of one question: what a guess earns; what form earns where no habit decides (NaN where one
     * does); for amounts, what each rank would earn; for a statement, its answer and whether the writer's habit
     * decides it.
     */
    private record Read(double chance, double credit, double[] byRank, Boolean answer, boolean byHabit) {}

    private final Map<Question, Read> read = new java.util.IdentityHashMap<>();

    /**
     * What reading the form earns on these questions together beyond a blind guess, in questions: 0 where form says
     * nothing, 0.5 where one statement more is told than a guess would tell.
     */
    double lean(List<Question> questions) {
        return lean(questions, true);
    }

    /**
     * The same, read as one question after another by a reader who knows no habit of the writer: one who picks a
     * middle amount where form says nothing, and gains nothing on a statement its form says nothing of (the draft
     * keeps as many true as false). Versions of the questions that the draft may still change do not move it.
     */
    double leanEach(List<Question> questions) {
        return lean(questions, false);
    }

    private double lean(List<Question> questions, boolean habits) {
        List<Read> reads = new ArrayList<>(questions.size());
        for (Question q : questions) reads.add(read.computeIfAbsent(q, FormReader::read));
        Boolean mostly = habits ? mostly(reads) : null;
        Rank rank = habits ? rank(reads) : Rank.MIDDLE;
        double sum = 0;
        for (Read r : reads) {
            // a statement only the habit decides leans as the balance of them all does, which the draft keeps even
            if (r.byHabit() && !habits) continue;
            if (r.byHabit()) sum += r.answer() == (mostly == null || mostly) ? 1 : 0;
            else if (Double.isNaN(r.credit())) sum += r.byRank()[rank.ordinal()];
            else sum += r.credit();
            sum -= r.chance();
        }
        return sum;
    }

    /** The rank of the right amount among the options in order, 0 the lowest; -1 where the options are not all amounts. */
    static int rankOfRight(Question.Choice c) {
        if (Amounts.all(c.options()) == null) return -1;
        List<Option> sorted = byNumber(c.options());
        for (int i = 0; i < sorted.size(); i++) if (sorted.get(i).id().equals(c.answer())) return i;
        return -1;
    }

    private static Boolean mostly(List<Read> reads) {
        long trueOnes = reads.stream().filter(r -> r.answer() != null && r.answer()).count();
        long falseOnes = reads.stream().filter(r -> r.answer() != null && !r.answer()).count();
        if (trueOnes == falseOnes || Math.max(trueOnes, falseOnes) < SEEN) return null;
        return trueOnes > falseOnes;
    }

    /** The rank earning most over the amounts, where it is right twice at least and earns more than a middle one. */
    private static Rank rank(List<Read> reads) {
        double[] earned = new double[Rank.values().length];
        for (Read r : reads) {
            if (r.byRank() == null) continue;
            for (int i = 0; i < earned.length; i++) earned[i] += r.byRank()[i];
        }
        Rank best = Rank.MIDDLE;
        for (Rank r : List.of(Rank.HIGHEST, Rank.LOWEST)) {
            if (earned[r.ordinal()] >= SEEN && earned[r.ordinal()] > earned[best.ordinal()]) best = r;
        }
        return best;
    }

    private static Read read(Question q) {
        if (q instanceof Question.Choice c) return choice(c);
        if (q instanceof Question.Multi m) return new Read(chanceOfMulti(m), multi(m), null, null, false);
        if (q instanceof Question.TrueFalse t) return trueFalse(t);
        return new Read(0, 0, null, null, false);
    }

    private static Read choice(Question.Choice q) {
        List<Option> options = q.options();
        double chance = 1.0 / options.size();
        List<Option> pick = Forms.oddOneOut(options);
        if (pick.size() != 1 && Amounts.all(options) != null) {
            // every question of amounts shows the writer's rank, even one its numbers tell
            double[] byRank = new double[Rank.values().length];
            for (Rank r : Rank.values()) byRank[r.ordinal()] = credit(q, at(options, r));
            pick = told(options);
            return new Read(chance, pick.isEmpty() ? Double.NaN : credit(q, pick), byRank, null, false);
        }
        if (pick.size() != 1) pick = most(options, o -> Facts.words(o.text()).stream().filter(Facts.words(q.stem().prompt())::contains).count());
        if (pick.size() != 1) pick = most(options, FormReader::naming);
        if (pick.size() != 1) pick = most(options, o -> o.text().length());
        return new Read(chance, credit(q, pick), null, null, false);
    }

    /** The amount told by its numbers: the one the others are all multiples of or are scaled from, the round one, the odd size. */
    private static List<Option> told(List<Option> options) {
        if (!Amounts.dividesAll(options).isEmpty()) return Amounts.dividesAll(options);
        for (Amounts.Ratios r : Amounts.Ratios.values()) {
            List<Option> scaled = Amounts.scaledFrom(options, r);
            if (!scaled.isEmpty()) return scaled;
        }
        List<Option> pick = Amounts.roundest(options);
        return pick.isEmpty() ? Amounts.oddSize(options) : pick;
    }

    private static List<Option> at(List<Option> options, Rank rank) {
        if (options.size() < 3) return List.of();
        if (rank == Rank.MIDDLE) return Amounts.middle(options);
        List<Option> sorted = byNumber(options);
        return List.of(sorted.get(rank == Rank.HIGHEST ? sorted.size() - 1 : 0));
    }

    private static List<Option> byNumber(List<Option> options) {
        List<Option> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparingDouble(o -> Amounts.of(o.text()).value()));
        return sorted;
    }

    private static double credit(Question.Choice q, List<Option> pick) {
        if (pick.isEmpty()) return 1.0 / q.options().size();
        return pick.stream().filter(o -> o.id().equals(q.answer())).count() / (double) pick.size();
    }

    /** How much an option names: its names and numbers first, then its content words. */
    private static double naming(Option o) {
        return NAMING.matcher(o.text()).results().count() * 100 + Facts.words(o.text()).size();
    }

    private static double multi(Question.Multi q) {
        double mean = q.options().stream().mapToInt(o -> o.text().length()).average().orElse(0);
        Set<String> prompt = Facts.words(q.stem().prompt());
        List<String> picks = new ArrayList<>();
        for (Option o : q.options()) {
            if (Forms.fragment(o.text())) continue;
            if (o.text().length() > mean || Facts.words(o.text()).stream().anyMatch(prompt::contains)) picks.add(o.id());
        }
        if (picks.isEmpty() || picks.size() == q.options().size()) return chanceOfMulti(q);
        return Grading.grade(q, new Response.Picks(picks)).credit();
    }

    private static double chanceOfMulti(Question.Multi q) {
        int n = q.options().size();
        double all = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            List<String> guess = new ArrayList<>();
            for (int i = 0; i < n; i++) if ((mask & 1 << i) != 0) guess.add(q.options().get(i).id());
            all += Grading.grade(q, new Response.Picks(guess)).credit();
        }
        return all / (1 << n);
    }

    private static Read trueFalse(Question.TrueFalse q) {
        String statement = q.stem().prompt().replaceFirst("^True or false: ", "");
        if (Forms.fragment(statement)) return new Read(0.5, q.answer() ? 0 : 1, null, q.answer(), false);
        boolean absolute = ABSOLUTE.matcher(statement).find();
        boolean hedged = HEDGED.matcher(statement).find();
        if (absolute != hedged) return new Read(0.5, hedged == q.answer() ? 1 : 0, null, q.answer(), false);
        return new Read(0.5, Double.NaN, null, q.answer(), true);
    }

    private static List<Option> most(List<Option> options, ToDoubleFunction<Option> measure) {
        double best = options.stream().mapToDouble(measure).max().orElse(0);
        if (best <= 0) return options;
        return options.stream().filter(o -> measure.applyAsDouble(o) == best).toList();
    }
}
