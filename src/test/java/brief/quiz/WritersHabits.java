package brief.quiz;

import brief.model.Option;
import brief.model.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a reader who has sat a writer's tests before knows of the writer: by which share wrong amounts are scaled
 * from the right one, whether more of the writer's true-or-false statements are true or false, and at which rank
 * among amounts in order the writer puts the right one. Learned from all the questions at once, as such a reader
 * would have learned it from the tests before.
 */
record WritersHabits(Amounts.Ratios ratios, Boolean mostly, Rank rank) {
    /** Where among amounts in order the right one is: one of the middle two (the classic hiding place), or an end. */
    enum Rank { MIDDLE, HIGHEST, LOWEST }

    /** A habit is something done more than once: a rank right on fewer questions than this is not taken for one. */
    private static final int SEEN = 2;

    static WritersHabits of(List<Question> questions) {
        return new WritersHabits(ratios(questions), mostly(questions), rank(questions));
    }

    /**
     * The ratios that single out one option of the most questions whose options are all amounts. On a tie the
     * commoner habit, in the order of {@link Amounts.Ratios}.
     */
    static Amounts.Ratios ratios(List<Question> questions) {
        Amounts.Ratios best = Amounts.Ratios.QUARTERS;
        long most = 0;
        for (Amounts.Ratios r : Amounts.Ratios.values()) {
            long told = amountChoices(questions).stream().filter(q -> !Amounts.scaledFrom(q.options(), r).isEmpty()).count();
            if (told > most) {
                most = told;
                best = r;
            }
        }
        return best;
    }

    /**
     * True or false, whichever more of the statements are, where that is two of them at least; null where as many
     * are true as false, or a single statement is all there is to go by.
     */
    static Boolean mostly(List<Question> questions) {
        long trueOnes = questions.stream().filter(q -> q instanceof Question.TrueFalse t && t.answer()).count();
        long falseOnes = questions.stream().filter(q -> q instanceof Question.TrueFalse t && !t.answer()).count();
        if (trueOnes == falseOnes || Math.max(trueOnes, falseOnes) < SEEN) return null;
        return trueOnes > falseOnes;
    }

    /**
     * The rank that earns most over the questions whose options are all amounts, where it is right on two of them at
     * least and earns more than a middle one; else a middle one.
     */
    static Rank rank(List<Question> questions) {
        Rank best = Rank.MIDDLE;
        double most = earned(questions, Rank.MIDDLE);
        for (Rank r : List.of(Rank.HIGHEST, Rank.LOWEST)) {
            double earned = earned(questions, r);
            if (earned >= SEEN && earned > most) {
                most = earned;
                best = r;
            }
        }
        return best;
    }

    /** The options at a rank by number. */
    static List<Option> at(List<Option> options, Rank rank) {
        if (Amounts.all(options) == null || options.size() < 3) return List.of();
        if (rank == Rank.MIDDLE) return Amounts.middle(options);
        List<Option> sorted = new ArrayList<>(options);
        sorted.sort(Comparator.comparingDouble(o -> Amounts.of(o.text()).value()));
        return List.of(sorted.get(rank == Rank.HIGHEST ? sorted.size() - 1 : 0));
    }

    private static double earned(List<Question> questions, Rank rank) {
        double sum = 0;
        for (Question.Choice c : amountChoices(questions)) {
            List<Option> pick = at(c.options(), rank);
            if (!pick.isEmpty()) sum += pick.stream().filter(o -> o.id().equals(c.answer())).count() / (double) pick.size();
        }
        return sum;
    }

    private static List<Question.Choice> amountChoices(List<Question> questions) {
        return questions.stream().filter(q -> q instanceof Question.Choice c && Amounts.all(c.options()) != null)
                .map(q -> (Question.Choice) q).toList();
    }
}
