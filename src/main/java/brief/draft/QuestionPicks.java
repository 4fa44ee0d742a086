package brief.draft;

import brief.model.Briefing;
import java.util.ArrayList;
import java.util.List;

/** Which of the drafted questions a draft keeps: every type in turn, none breaking a rule beside another. */
final class QuestionPicks {
    /** A draft asks at most this many questions of one type, so that every type has its share of the quiz. */
    private static final int MAX_PER_TYPE = 3;
    /** Candidates of one type tried in a round: the rules compare in pairs, so each try costs as many checks as are kept. */
    private static final int TRIES = 8;

    private QuestionPicks() {}

    /**
     * The questions, one type after another so that every type gets its turn, each kept only when it breaks no rule
     * that the questions kept before it do not already break.
     */
    static List<brief.model.Question> fair(Briefing b, List<brief.model.Question> made, Drafter.QuestionRules rules) {
        List<List<brief.model.Question>> byType = new ArrayList<>();
        for (brief.model.QuestionType t : List.of(brief.model.QuestionType.ORDER, brief.model.QuestionType.MATCH,
                brief.model.QuestionType.MULTI, brief.model.QuestionType.NUMERIC, brief.model.QuestionType.CLOZE,
                brief.model.QuestionType.CHOICE, brief.model.QuestionType.TRUEFALSE)) {
            byType.add(made.stream().filter(q -> q.type() == t).toList());
        }
        // each round gives every type one question, trying its candidates in turn until one breaks no rule
        int[] next = new int[byType.size()];
        List<brief.model.Question> kept = new ArrayList<>();
        for (int round = 0; round < MAX_PER_TYPE; round++) {
            for (int t = 0; t < byType.size(); t++) {
                List<brief.model.Question> list = byType.get(t);
                for (int tries = 0; tries < TRIES && next[t] < list.size(); tries++) {
                    brief.model.Question q = list.get(next[t]++);
                    if (clean(b, rules, kept, q)) {
                        kept.add(q);
                        break;
                    }
                }
            }
        }
        List<brief.model.Question> inOrder = new ArrayList<>(made);
        inOrder.retainAll(kept);
        return inOrder;
    }

    /**
     * Whether a question breaks no rule alone nor beside any question kept so far: the rules compare questions in
     * pairs, so checking the pairs with the new one is the same as checking the whole list again, and far quicker.
     */
    private static boolean clean(Briefing b, Drafter.QuestionRules rules, List<brief.model.Question> kept, brief.model.Question q) {
        if (rules.broken(b, List.of(q)) > 0) return false;
        for (brief.model.Question k : kept) if (rules.broken(b, List.of(k, q)) > 0) return false;
        return true;
    }

}
