package brief.draft;

import brief.model.Briefing;
import brief.model.Question;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Which of the drafted questions a draft keeps: every type in turn, none breaking a rule beside another. */
final class QuestionPicks {
    /** A draft asks at most this many questions of one type, so that every type has its share of the quiz. */
    private static final int MAX_PER_TYPE = 3;
    /** Candidates of one type tried in a round: the rules compare in pairs, so each try costs as many checks as are kept. */
    private static final int TRIES = 8;
    /** How far form alone may pull ahead of, or behind, a guess over the questions kept: a quarter of one question. */
    private static final double LEANING = 0.25;

    private QuestionPicks() {}

    /**
     * The questions, one type after another so that every type gets its turn, each kept only when it breaks no rule
     * that the questions kept before it do not already break. Of the versions of one question (the same evidence:
     * a statement kept or changed, other wrong options), the one taken is the one that keeps a reader who answers
     * from form alone nearest a blind guess over the questions kept so far.
     */
    static List<Question> fair(Briefing b, List<Question> made, Drafter.QuestionRules rules) {
        List<List<List<Question>>> byType = new ArrayList<>();
        for (brief.model.QuestionType t : List.of(brief.model.QuestionType.ORDER, brief.model.QuestionType.MATCH,
                brief.model.QuestionType.MULTI, brief.model.QuestionType.NUMERIC, brief.model.QuestionType.CLOZE,
                brief.model.QuestionType.CHOICE, brief.model.QuestionType.TRUEFALSE)) {
            byType.add(versions(made.stream().filter(q -> q.type() == t).toList()));
        }
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
                    if (clean(b, rules, kept, q)) {
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
        inOrder.retainAll(kept);
        return inOrder;
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
