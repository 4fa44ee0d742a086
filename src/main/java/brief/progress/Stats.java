package brief.progress;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.ContentHash;
import brief.model.Question;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a reader has done with a briefing and what they have mastered. A card's mastery is the mean credit
 * of the latest answers to its questions as they are now: an answer to an earlier wording does not count.
 */
public record Stats(String briefing, String title, List<Records.Session> sessions, List<CardMastery> cards,
                    List<Missed> mostMissed, Optional<Instant> lastStudied) {

    public record CardMastery(String id, String title, int questions, int answered, double mastery) {}

    public record Missed(String question, String prompt, int misses, int answers) {}

    public static Stats of(Briefing b, List<Question> questions, ProgressStore store) throws StoreException {
        Map<String, String> hashes = currentHashes(questions);
        Map<String, Double> latest = new HashMap<>();
        for (Records.Latest l : store.latestAnswers(b.id())) {
            if (l.questionHash().equals(hashes.get(l.question()))) latest.put(l.question(), l.credit());
        }
        List<CardMastery> cards = new ArrayList<>();
        for (Card c : b.cards()) {
            List<Question> own = questions.stream().filter(q -> q.card().equals(c.id())).toList();
            double sum = 0;
            int answered = 0;
            for (Question q : own) {
                Double credit = latest.get(q.id());
                if (credit != null) {
                    sum += credit;
                    answered++;
                }
            }
            cards.add(new CardMastery(c.id(), c.title(), own.size(), answered, own.isEmpty() ? 0 : sum / own.size()));
        }
        Map<String, String> prompts = new HashMap<>();
        questions.forEach(q -> prompts.put(q.id(), q.stem().prompt()));
        List<Missed> missed = store.tallies(b.id()).stream()
                .filter(t -> t.misses() > 0 && t.questionHash().equals(hashes.get(t.question())))
                .map(t -> new Missed(t.question(), prompts.get(t.question()), t.misses(), t.answers()))
                .sorted(Comparator.comparingInt(Missed::misses).reversed().thenComparing(Missed::question))
                .limit(5).toList();
        return new Stats(b.id(), b.title(), store.sessions(b.id()), cards, missed, store.lastStudied(b.id()));
    }

    /** The questions whose latest answer, to their present wording, earned less than full credit. */
    public static java.util.Set<String> mistakes(ProgressStore store, String briefing, List<Question> questions)
            throws StoreException {
        Map<String, String> hashes = currentHashes(questions);
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Records.Latest l : store.latestAnswers(briefing)) {
            if (l.credit() < 1 && l.questionHash().equals(hashes.get(l.question()))) ids.add(l.question());
        }
        return ids;
    }

    /** Each question's id and the hash of its present content: answers to other versions do not count. */
    private static Map<String, String> currentHashes(List<Question> questions) {
        Map<String, String> hashes = new HashMap<>();
        for (Question q : questions) hashes.put(q.id(), ContentHash.of(q));
        return hashes;
    }

    /** Mean mastery over the cards, 0 to 1. */
    public double mastery() {
        int total = cards.stream().mapToInt(CardMastery::questions).sum();
        if (total == 0) return 0;
        return cards.stream().mapToDouble(c -> c.mastery() * c.questions()).sum() / total;
    }

    /** Sessions in which at least one question was answered. */
    public List<Records.Session> scored() {
        return sessions.stream().filter(s -> s.answered() > 0 && s.possible() > 0).toList();
    }

    public Optional<Integer> best() {
        return scored().stream().map(Records.Session::percent).max(Integer::compare);
    }

    public Optional<Integer> last() {
        List<Records.Session> s = scored();
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1).percent());
    }

    public Optional<Integer> average() {
        List<Records.Session> s = scored();
        return s.isEmpty() ? Optional.empty()
                : Optional.of((int) Math.round(s.stream().mapToInt(Records.Session::percent).average().orElse(0)));
    }
}
