package brief.quiz;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files a derived question under the card nearest its passage: the card with a point whose evidence holds the
 * passage (or is held by it), else the card sharing the most of its rarer words (title, points and evidence).
 */
final class CardFinder {
    private final List<Card> cards;
    private final List<Set<String>> words;
    private final Map<String, Integer> cardsWith;

    private CardFinder(List<Card> cards, List<Set<String>> words, Map<String, Integer> cardsWith) {
        this.cards = cards;
        this.words = words;
        this.cardsWith = cardsWith;
    }

    static CardFinder of(Briefing b) {
        List<Set<String>> words = new ArrayList<>();
        Map<String, Integer> cardsWith = new HashMap<>();
        for (Card c : b.cards()) {
            Set<String> w = new java.util.HashSet<>(Facts.words(c.title()));
            for (Point p : c.points()) {
                w.addAll(Facts.words(p.text()));
                w.addAll(Facts.words(p.evidence().passage()));
            }
            words.add(w);
            w.forEach(x -> cardsWith.merge(x, 1, Integer::sum));
        }
        return new CardFinder(b.cards(), words, cardsWith);
    }

    /** The id of the card nearest the passage, {@code about} (a label, a context) helping where words decide. */
    String cardFor(Evidence evidence, String about) {
        String passage = TextAnswers.normalize(evidence.passage());
        for (Card c : cards) {
            for (Point p : c.points()) {
                String e = TextAnswers.normalize(p.evidence().passage());
                if (e.contains(passage) || passage.contains(e)) return c.id();
            }
        }
        Set<String> wanted = Facts.words(evidence.passage() + " " + about);
        int best = 0;
        double bestScore = -1;
        for (int i = 0; i < cards.size(); i++) {
            double score = 0;
            for (String w : wanted) {
                if (words.get(i).contains(w)) score += 1.0 / cardsWith.get(w);
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return cards.get(best).id();
    }
}
