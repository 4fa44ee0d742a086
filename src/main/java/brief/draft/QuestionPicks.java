package brief.draft;

import brief.model.Briefing;
import brief.model.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which of the drafted questions a draft keeps: every type in turn, none breaking a rule beside another. */
final class QuestionPicks {
    /** A draft asks at most this many questions of one type, so that every type has its share of the quiz. */
    private static final int MAX_PER_TYPE = 3;
    /** Candidates of one type tried in a round: the rules compare in pairs, so each try costs as many checks as are kept. */
    private static final int TRIES = 8;
    /** Questions whose versions are weighed together at the end: each doubles the sets of versions weighed. */
    private static final int SLOTS = 10;
    /** Form may beat or trail a guess by this share of the questions it can answer, half the bar a draft is held to. */
    private static final double EVEN = 0.05;
    /**
     * How far form alone may pull ahead of, or behind, a guess over the questions kept: half of one question, as far
     * as one true-or-false statement takes a reader who calls everything true.
     */
    private static final double LEANING = 0.5;

    private QuestionPicks() {}

    /**
     * The questions, one type after another so that every type gets its turn, each kept only when it breaks no rule
     * that the questions kept before it do not already break. Of the versions of one question (the same evidence:
     * a statement kept or changed, other wrong options), the one taken is the one that keeps a reader who answers
     * from form alone nearest a blind guess over the questions kept so far.
     */
    static List<Question> fair(Briefing b, List<Question> made, Drafter.QuestionRules rules) {
        List<List<List<Question>>> byType = new ArrayList<>();
        // the types a reader could answer from form go before those testing the same facts with a blank to fill, so
        // that there are enough of them for their leanings to even out
        for (brief.model.QuestionType t : List.of(brief.model.QuestionType.ORDER, brief.model.QuestionType.MATCH,
                brief.model.QuestionType.TRUEFALSE, brief.model.QuestionType.CHOICE, brief.model.QuestionType.MULTI,
                brief.model.QuestionType.NUMERIC, brief.model.QuestionType.CLOZE)) {
            byType.add(versions(made.stream().filter(q -> q.type() == t).toList()));
        }
        Map<Question, List<Question>> versionsOf = new HashMap<>();
        byType.forEach(groups -> groups.forEach(g -> g.forEach(q -> versionsOf.put(q, List.copyOf(g)))));
        // each round gives every type one question: of its next few, the one that breaks no rule and keeps the
        // form reader nearest a guess, the earlier on a tie
        List<Question> kept = new ArrayList<>();
        double lean = 0;
        for (int round = 0; round < MAX_PER_TYPE; round++) {
            for (List<List<Question>> groups : byType) {
                final double before = lean;
                List<Question> window = new ArrayList<>();
                for (int g = 0; g < groups.size() && window.size() < TRIES; g++) window.addAll(groups.get(g));
                List<Question> ordered = new ArrayList<>(window);
                ordered.sort(Comparator.comparingDouble(q -> Math.abs(before + FormReader.lean(q))));
                for (int tries = 0; tries < Math.min(TRIES, ordered.size()); tries++) {
                    Question q = ordered.get(tries);
                    double after = Math.abs(before + FormReader.lean(q));
                    if (after > Math.max(Math.abs(before), LEANING)) break;
                    if (balanced(kept, q) && clean(b, rules, kept, q)) {
                        kept.add(q);
                        lean += FormReader.lean(q);
                        groups.removeIf(g -> g.contains(q));
                        break;
                    }
                    // the questions kept only grow, so one that breaks a rule now always will
                    groups.forEach(g -> g.remove(q));
                    groups.removeIf(List::isEmpty);
                }
            }
        }
        List<Question> inOrder = new ArrayList<>(made);
        inOrder.retainAll(evened(settled(b, rules, kept, versionsOf)));
        return inOrder;
    }

    /**
     * The questions with, while form still beats or trails a guess by more than a twentieth of the questions it can
     * answer, the one leaning most that way left out: three true statements of which two are true tell a reader who
     * calls all true two in three, whichever versions are taken.
     */
    static List<Question> evened(List<Question> questions) {
        List<Question> out = new ArrayList<>(questions);
        while (share(out) > EVEN) {
            double sign = Math.signum(lean(out));
            List<Question> now = out;
            Question drop = out.stream().filter(q -> FormReader.lean(q) * sign > 0 && evenWithout(now, q))
                    .max(Comparator.comparingDouble(q -> FormReader.lean(q) * sign)).orElse(null);
            if (drop == null) break;
            List<Question> without = new ArrayList<>(out);
            without.remove(drop);
            if (share(without) >= share(out)) break;
            out = without;
        }
        return out;
    }

    /** Whether leaving a question out keeps the true-or-false statements within one of as many false as true. */
    private static boolean evenWithout(List<Question> questions, Question q) {
        long balance = questions.stream().filter(k -> k != q && k instanceof Question.TrueFalse)
                .mapToLong(k -> ((Question.TrueFalse) k).answer() ? 1 : -1).sum();
        return Math.abs(balance) <= 1;
    }

    /** What form earns beyond a guess, as a share of the questions a reader could answer from form. */
    private static double share(List<Question> questions) {
        long answerable = questions.stream().filter(q -> q instanceof Question.TrueFalse || q instanceof Question.Choice
                || q instanceof Question.Multi).count();
        return answerable == 0 ? 0 : Math.abs(lean(questions)) / answerable;
    }

    /**
     * The questions kept, each in whichever of its versions brings the form reader nearest a guess over them all:
     * taken one at a time, the versions leave it where the first questions kept happened to lean. A set of versions
     * is taken only where each version changed breaks no rule beside the others.
     */
    private static List<Question> settled(Briefing b, Drafter.QuestionRules rules, List<Question> kept,
                                          Map<Question, List<Question>> versionsOf) {
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < kept.size() && slots.size() < SLOTS; i++) {
            if (versionsOf.getOrDefault(kept.get(i), List.of()).size() > 1) slots.add(i);
        }
        List<List<Question>> sets = new ArrayList<>();
        choose(kept, slots, 0, versionsOf, new ArrayList<>(kept), sets);
        double now = Math.abs(lean(kept));
        sets.sort(Comparator.comparingDouble(set -> Math.abs(lean(set))));
        for (int t = 0; t < Math.min(TRIES, sets.size()) && Math.abs(lean(sets.get(t))) < now - 1e-9; t++) {
            List<Question> set = sets.get(t);
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

    /** Every set of versions of the questions in the slots from {@code from} on, with the true-or-false ones balanced. */
    private static void choose(List<Question> kept, List<Integer> slots, int from, Map<Question, List<Question>> versionsOf,
                               List<Question> set, List<List<Question>> out) {
        if (from == slots.size()) {
            List<Question> tf = set.stream().filter(q -> q instanceof Question.TrueFalse).toList();
            if (tf.isEmpty() || balanced(tf.subList(0, tf.size() - 1), tf.get(tf.size() - 1))) out.add(List.copyOf(set));
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

    private static double lean(List<Question> questions) {
        return questions.stream().mapToDouble(FormReader::lean).sum();
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
