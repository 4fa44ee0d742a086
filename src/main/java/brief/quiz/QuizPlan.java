package brief.quiz;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.HintedException;
import brief.model.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Which questions a quiz asks, and in what order.
 *
 * @param count    at most this many questions, or null for all
 * @param card     only questions of this card (id or unique prefix of id or title), or null
 * @param topic    only questions of cards of this topic, or null
 * @param mistakes only these question ids (those missed last time), or null
 * @param seed     the order of questions and their choices follows from it
 * @param rank     how much each question is wanted, lowest first: when {@code count} leaves out some questions, the
 *                 lowest ranked are taken (the scheduler's order: due, never answered, weakest), ties as shuffled;
 *                 null to take them at random
 */
public record QuizPlan(Integer count, String card, String topic, Set<String> mistakes, long seed,
                       java.util.Map<String, Integer> rank) {

    /** How many questions a quiz asks when no count is given and not all are asked for. */
    public static final int DEFAULT_COUNT = 12;

    public QuizPlan(Integer count, String card, String topic, Set<String> mistakes, long seed) {
        this(count, card, topic, mistakes, seed, null);
    }

    /** Every question of the briefing, authored and derived. */
    public static List<Question> allQuestions(Briefing b) {
        List<Question> all = new ArrayList<>(b.questions());
        all.addAll(DerivedQuestions.from(b));
        return all;
    }

    /** The questions to ask, shuffled with their choices; a {@link PlanException} when none are left. */
    public List<Presented> questions(Briefing b) throws PlanException {
        return questions(b, QuestionPool.of(b));
    }

    /** As {@link #questions(Briefing)}, from the briefing's pool of questions already made. */
    public List<Presented> questions(Briefing b, QuestionPool questions) throws PlanException {
        List<Question> pool = new ArrayList<>(questions.questions());
        if (card != null) {
            Card c = findCard(b, card);
            pool.removeIf(q -> !q.card().equals(c.id()));
        }
        if (topic != null) {
            Set<String> topics = new LinkedHashSet<>();
            b.cards().forEach(c -> topics.add(c.topic()));
            if (!topics.contains(topic)) {
                throw new PlanException("no topic '" + topic + "'", "topics: " + String.join(", ", topics));
            }
            pool.removeIf(q -> !b.topicOf(q.card()).equals(topic));
        }
        if (mistakes != null) {
            pool.removeIf(q -> !mistakes.contains(q.id()));
            if (pool.isEmpty()) {
                throw new PlanException("no mistakes to review", "every question you answered last time was right; "
                        + "take the whole quiz with 'brief quiz'");
            }
        }
        if (pool.isEmpty()) throw new PlanException("no questions to ask", "try without --card or --topic");
        Random random = new Random(seed);
        Collections.shuffle(pool, random);
        pool = new ArrayList<>(SessionOrder.arrange(pool, questions));
        if (count != null) {
            if (count < 1) throw new PlanException("--count must be at least 1", null);
            if (rank != null) {
                List<Question> ranked = new ArrayList<>(pool);
                ranked.sort(java.util.Comparator.comparingInt(q -> rank.getOrDefault(q.id(), Integer.MAX_VALUE)));
                // By identity: a question's own hash would be worked out field by field, through every option.
                Set<Question> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
                chosen.addAll(ranked.subList(0, Math.min(count, ranked.size())));
                // The chosen few are asked in the shuffled order, so that the schedule does not show in the order.
                pool.removeIf(q -> !chosen.contains(q));
            }
            pool = pool.subList(0, Math.min(count, pool.size()));
        }
        List<Presented> out = new ArrayList<>();
        for (Question q : pool) out.add(Presented.of(q, random));
        return out;
    }

    private static Card findCard(Briefing b, String wanted) throws PlanException {
        for (Card c : b.cards()) {
            if (c.id().equals(wanted)) return c;
        }
        List<Card> matches = b.cards().stream().filter(c -> c.id().startsWith(wanted)
                || c.title().toLowerCase(java.util.Locale.ROOT).contains(wanted.toLowerCase(java.util.Locale.ROOT))).toList();
        if (matches.size() == 1) return matches.get(0);
        throw new PlanException(matches.isEmpty() ? "no card '" + wanted + "'" : "'" + wanted + "' could be several cards",
                "cards: " + String.join(", ", b.cards().stream().map(Card::id).toList()));
    }

    /** A plan that cannot be carried out, with what the reader can do instead. */
    public static final class PlanException extends HintedException {
        public PlanException(String message, String hint) {
            super(message, hint);
        }
    }
}
