package brief.draft;

import brief.model.Briefing;
import brief.model.Question;
import brief.model.QuestionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which of the drafted questions a draft keeps: every type in turn, none breaking a rule beside another. */
final class QuestionPicks {
    /** A draft asks at most this many questions of one type, so that every type has its share of the quiz. */
    private static final int MAX_PER_TYPE = 3;
    /**
     * Candidates of one type tried in a round, each in all its versions: the rules compare in pairs, so each try costs
     * as many checks as are kept.
     */
    private static final int TRIES = 8;
    /** Questions whose versions are weighed together at the end: each doubles the sets of versions weighed. */
    private static final int SLOTS = 10;
    /** Form may beat or trail a guess by this share of the questions it can answer, half the bar a draft is held to. */
    private static final double EVEN = 0.05;
    /**
     * … or by a quarter of one question, the least one question of four options can lean (a single question of amounts
     * leans so whichever rank its right amount takes), while that stays short of the bar itself.
     */
    private static final double QUARTER = 0.25;
    private static final double BAR = 0.1;
    /**
     * How far form alone may pull ahead of, or behind, a guess over the questions kept: half of one question, as far
     * as one true-or-false statement takes a reader who calls everything true.
     */
    private static final double LEANING = 0.5;
    /** Sets of versions weighed at most: each question with versions multiplies them. */
    private static final int MOST_SETS = 4096;
    /**
     * The order types take their turns in: those a reader could answer from form before those testing the same facts
     * with a blank to fill, so that there are enough of them for their leanings to even out; of them the rarest first
     * ("choose all" has a version or two, and a statement it offers is one no other question may state).
     */
    private static final List<QuestionType> TURNS = List.of(QuestionType.ORDER, QuestionType.MATCH, QuestionType.MULTI,
            QuestionType.TRUEFALSE, QuestionType.CHOICE, QuestionType.NUMERIC, QuestionType.CLOZE);

    private QuestionPicks() {}

    /**
     * The questions, one type after another so that every type gets its turn, each kept only when it breaks no rule
     * that the questions kept before it do not already break. Of the versions of one question (the same evidence:
     * a statement kept or changed, other wrong options), the ones taken leave a reader who knows the writer's habits
     * nothing to learn over the whole draft (as many statements true as false, the right amount at every rank in
     * turn) and keep a reader who answers from form alone nearest a blind guess.
     */
    static List<Question> fair(Briefing b, List<Question> made, Drafter.QuestionRules rules) {
        FormReader reader = new FormReader();
        List<List<List<Question>>> byType = new ArrayList<>();
        for (QuestionType t : TURNS) byType.add(versions(made.stream().filter(q -> q.type() == t).toList()));
        Map<Question, List<Question>> versionsOf = new HashMap<>();
        byType.forEach(groups -> groups.forEach(g -> g.forEach(q -> versionsOf.put(q, List.copyOf(g)))));
        // each round gives every type one question: of its next few, the one that breaks no rule and keeps the
        // form reader nearest a guess, the earlier on a tie
        List<Question> kept = new ArrayList<>();
        for (int round = 0; round < MAX_PER_TYPE; round++) {
            for (List<List<Question>> groups : byType) take(b, rules, reader, kept, groups, TRIES);
        }
        // as many statements true as false is only possible with an even number of them: one more where one can be
        if (statements(kept).size() % 2 == 1) take(b, rules, reader, kept, byType.get(TURNS.indexOf(QuestionType.TRUEFALSE)), Integer.MAX_VALUE);
        List<Question> inOrder = new ArrayList<>(made);
        inOrder.retainAll(evened(paired(settled(b, rules, reader, kept, versionsOf), reader), reader));
        return inOrder;
    }

    /**
     * The questions with, where an odd number of statements (three or more) leaves one answer the commoner, one
     * statement of that answer left out: of them, the one whose leaving out brings the form reader nearest a guess.
     * A single statement stays, for its type: there is no habit in one.
     */
    static List<Question> paired(List<Question> questions, FormReader reader) {
        List<Question> tf = statements(questions);
        if (tf.size() % 2 == 0 || tf.size() < 3) return questions;
        boolean commoner = 2 * tf.stream().filter(q -> ((Question.TrueFalse) q).answer()).count() > tf.size();
        Question drop = leastLeaningWithout(questions, tf, q -> ((Question.TrueFalse) q).answer() == commoner,
                reader, Double.MAX_VALUE);
        List<Question> out = new ArrayList<>(questions);
        out.remove(drop);
        return out;
    }

    /**
     * Keeps one of the next few questions of a type (in any of their versions): of them, the one that breaks no rule
     * and keeps the form reader nearest a guess, the earlier on a tie.
     */
    private static void take(Briefing b, Drafter.QuestionRules rules, FormReader reader, List<Question> kept,
                             List<List<Question>> groups, int tries) {
        double before = Math.abs(reader.leanEach(kept));
        List<Question> window = new ArrayList<>();
        for (int g = 0; g < groups.size() && g < tries; g++) window.addAll(groups.get(g));
        Map<Question, Double> after = new java.util.IdentityHashMap<>();
        for (Question q : window) after.put(q, Math.abs(reader.leanEach(with(kept, q))));
        List<Question> ordered = new ArrayList<>(window);
        ordered.sort(Comparator.comparingDouble(after::get));
        for (Question q : ordered) {
            if (after.get(q) > Math.max(before, LEANING)) break;
            if (!balanced(kept, q)) continue;
            if (clean(b, rules, kept, q)) {
                kept.add(q);
                groups.removeIf(g -> g.contains(q));
                return;
            }
            // the questions kept only grow, so one that breaks a rule now always will
            groups.forEach(g -> g.remove(q));
            groups.removeIf(List::isEmpty);
        }
    }

    private static List<Question> with(List<Question> kept, Question q) {
        List<Question> out = new ArrayList<>(kept);
        out.add(q);
        return out;
    }

    private static List<Question> statements(List<Question> questions) {
        return questions.stream().filter(q -> q instanceof Question.TrueFalse).toList();
    }

    /**
     * The questions with, while form still beats or trails a guess by more than a twentieth of the questions it can
     * answer, the one whose leaving out brings it nearest a guess left out: three true statements of which two are
     * true tell a reader who calls all true two in three, whichever versions are taken.
     */
    static List<Question> evened(List<Question> questions) {
        return evened(questions, new FormReader());
    }

    private static List<Question> evened(List<Question> questions, FormReader reader) {
        List<Question> out = new ArrayList<>(questions);
        while (share(out, reader) > EVEN && !(Math.abs(reader.lean(out)) <= QUARTER + 1e-9 && share(out, reader) < BAR)) {
            Question drop = leastLeaningWithout(out, out, q -> evenWithout(out, q), reader,
                    Math.abs(reader.lean(out)) - 1e-9);
            if (drop == null) break;
            out.remove(drop);
        }
        return out;
    }

    /**
     * Of the {@code candidates} that {@code may} go, the one whose leaving out brings the form reader nearest a guess
     * over the rest of {@code questions}, leaning less than {@code below}; null when none does.
     */
    private static Question leastLeaningWithout(List<Question> questions, List<Question> candidates,
                                                java.util.function.Predicate<Question> may, FormReader reader, double below) {
        Question drop = null;
        double best = below;
        for (Question q : candidates) {
            if (!may.test(q)) continue;
            List<Question> without = new ArrayList<>(questions);
            without.remove(q);
            double lean = Math.abs(reader.lean(without));
            if (lean < best) {
                best = lean;
                drop = q;
            }
        }
        return drop;
    }

    /**
     * Whether leaving a question out keeps the true-or-false statements within one of as many false as true, and no
     * further from it than they are.
     */
    private static boolean evenWithout(List<Question> questions, Question q) {
        long before = questions.stream().filter(k -> k instanceof Question.TrueFalse)
                .mapToLong(k -> ((Question.TrueFalse) k).answer() ? 1 : -1).sum();
        long after = questions.stream().filter(k -> k != q && k instanceof Question.TrueFalse)
                .mapToLong(k -> ((Question.TrueFalse) k).answer() ? 1 : -1).sum();
        return Math.abs(after) <= 1 && Math.abs(after) <= Math.abs(before);
    }

    /** What form earns beyond a guess, as a share of the questions a reader could answer from form. */
    private static double share(List<Question> questions, FormReader reader) {
        long answerable = questions.stream().filter(q -> q instanceof Question.TrueFalse || q instanceof Question.Choice
                || q instanceof Question.Multi).count();
        return answerable == 0 ? 0 : Math.abs(reader.lean(questions)) / answerable;
    }

    /**
     * The questions kept, each in whichever of its versions leaves the fewest habits to learn (as many statements
     * true as false, the right amount at every rank in turn) and, of those, brings the form reader nearest a guess
     * over them all: taken one at a time, the versions leave it where the first questions kept happened to lean. A
     * set of versions is taken only where each version changed breaks no rule beside the others.
     */
    private static List<Question> settled(Briefing b, Drafter.QuestionRules rules, FormReader reader, List<Question> kept,
                                          Map<Question, List<Question>> versionsOf) {
        List<Integer> slots = new ArrayList<>();
        long sets = 1;
        for (int i = 0; i < kept.size() && slots.size() < SLOTS; i++) {
            int n = versionsOf.getOrDefault(kept.get(i), List.of()).size();
            if (n > 1 && sets * n <= MOST_SETS) {
                slots.add(i);
                sets *= n;
            }
        }
        List<List<Question>> all = new ArrayList<>();
        choose(kept, slots, 0, versionsOf, new ArrayList<>(kept), all);
        Map<List<Question>, Double> lean = new java.util.IdentityHashMap<>();
        Map<List<Question>, Integer> habits = new java.util.IdentityHashMap<>();
        Comparator<List<Question>> fairest = Comparator.<List<Question>>comparingInt(set -> habits.computeIfAbsent(set,
                        QuestionPicks::habits))
                .thenComparingDouble(set -> lean.computeIfAbsent(set, x -> Math.abs(reader.lean(x))));
        all.sort(fairest);
        for (int t = 0; t < Math.min(TRIES, all.size()) && fairest.compare(all.get(t), kept) < 0; t++) {
            List<Question> set = all.get(t);
            boolean fine = true;
            for (int i = 0; i < set.size() && fine; i++) {
                if (set.get(i) == kept.get(i)) continue;
                List<Question> others = new ArrayList<>(set);
                others.remove(i);
                fine = clean(b, rules, others, set.get(i));
            }
            if (fine) return set;
        }
        return kept;
    }

    /** Every set of versions of the questions in the slots from {@code from} on. */
    private static void choose(List<Question> kept, List<Integer> slots, int from, Map<Question, List<Question>> versionsOf,
                               List<Question> set, List<List<Question>> out) {
        if (from == slots.size()) {
            out.add(List.copyOf(set));
            return;
        }
        int slot = slots.get(from);
        for (Question version : versionsOf.get(kept.get(slot))) {
            if (version != kept.get(slot) && set.contains(version)) continue;
            set.set(slot, version);
            choose(kept, slots, from + 1, versionsOf, set, out);
        }
        set.set(slot, kept.get(slot));
    }

    /**
     * How much of a habit a reader could learn from the questions over all of them, whatever form says of each: the
     * true statements more than the false (or the false more than the true) beyond the one an odd number leaves,
     * and the right amounts at one rank more often than their share of the ranks.
     */
    static int habits(List<Question> questions) {
        List<Question> tf = statements(questions);
        long trueOnes = tf.stream().filter(q -> ((Question.TrueFalse) q).answer()).count();
        int uneven = (int) Math.abs(2 * trueOnes - tf.size()) - tf.size() % 2;
        Map<Integer, Integer> atRank = new HashMap<>();
        int amounts = 0;
        int options = 0;
        for (Question q : questions) {
            int rank = q instanceof Question.Choice c ? FormReader.rankOfRight(c) : -1;
            if (rank < 0) continue;
            atRank.merge(rank, 1, Integer::sum);
            amounts++;
            options = Math.max(options, ((Question.Choice) q).options().size());
        }
        int share = options == 0 ? 0 : (amounts + options - 1) / options;
        for (int n : atRank.values()) uneven += Math.max(0, n - share);
        return uneven;
    }

    /** Whether the true-or-false statements kept stay within one of as many false as true with this one. */
    static boolean balanced(List<Question> kept, Question q) {
        if (!(q instanceof Question.TrueFalse t)) return true;
        long trueOnes = kept.stream().filter(k -> k instanceof Question.TrueFalse tf && tf.answer()).count();
        long falseOnes = kept.stream().filter(k -> k instanceof Question.TrueFalse tf && !tf.answer()).count();
        return Math.abs(trueOnes - falseOnes + (t.answer() ? 1 : -1)) <= 1;
    }

    /** Neighbouring questions on the same evidence, as the versions of one question. */
    private static List<List<Question>> versions(List<Question> questions) {
        List<List<Question>> out = new ArrayList<>();
        for (Question q : questions) {
            List<Question> last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.get(0).stem().evidence().passage().equals(q.stem().evidence().passage())) last.add(q);
            else out.add(new ArrayList<>(List.of(q)));
        }
        return out;
    }

    /**
     * Whether a question breaks no rule alone nor beside any question kept so far: the rules compare questions in
     * pairs, so checking the pairs with the new one is the same as checking the whole list again, and far quicker.
     */
    private static boolean clean(Briefing b, Drafter.QuestionRules rules, List<Question> kept, Question q) {
        if (rules.broken(b, List.of(q)) > 0) return false;
        // a question on the same passage is the likeliest to clash, so it is checked first
        String passage = q.stem().evidence().passage();
        List<Question> first = new ArrayList<>(kept);
        first.sort(Comparator.comparing((Question k) -> !(k.stem().evidence().passage().contains(passage)
                || passage.contains(k.stem().evidence().passage()))));
        for (Question k : first) if (rules.broken(b, List.of(k, q)) > 0) return false;
        return true;
    }
}
