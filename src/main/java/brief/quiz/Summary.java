package brief.quiz;

import brief.model.Briefing;
import brief.model.Card;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The end of a quiz: points, percent, a breakdown per card and per topic, and what was missed.
 *
 * @param possible   points the questions asked were worth
 * @param unanswered questions not reached because the quiz was left early
 */
public record Summary(double points, int possible, int unanswered, List<Part> byCard,
                      List<Part> byTopic, List<Asked> missed) {

    /** A question as it was asked and answered. */
    public record Asked(Presented shown, Feedback feedback) {}

    /** Points and possible points of one card or topic. */
    public record Part(String id, String title, double points, int possible, int questions) {
        public int percent() {
            return Summary.percent(points, possible);
        }
    }

    public int percent() {
        return percent(points, possible);
    }

    static int percent(double points, int possible) {
        return possible == 0 ? 0 : (int) Math.round(100 * points / possible);
    }

    static Summary of(Briefing b, List<Asked> asked, int possible, int unanswered) {
        Map<String, double[]> cards = new LinkedHashMap<>();
        Map<String, double[]> topics = new LinkedHashMap<>();
        for (Card c : b.cards()) {
            cards.put(c.id(), null);
            topics.put(c.topic(), null);
        }
        double points = 0;
        List<Asked> missed = new ArrayList<>();
        for (Asked a : asked) {
            Feedback f = a.feedback();
            points += f.points();
            String card = a.shown().question().card();
            add(cards, card, f);
            add(topics, b.topicOf(card), f);
            if (f.answered().credit() < 1) missed.add(a);
        }
        List<Part> byCard = new ArrayList<>();
        cards.forEach((id, v) -> {
            if (v != null) byCard.add(new Part(id, b.card(id).map(Card::title).orElse(id), v[0], (int) v[1], (int) v[2]));
        });
        List<Part> byTopic = new ArrayList<>();
        topics.forEach((topic, v) -> {
            if (v != null) byTopic.add(new Part(topic, topic, v[0], (int) v[1], (int) v[2]));
        });
        return new Summary(points, possible, unanswered, byCard, byTopic, missed);
    }

    private static void add(Map<String, double[]> parts, String key, Feedback f) {
        double[] v = parts.get(key);
        if (v == null) parts.put(key, v = new double[3]);
        v[0] += f.points();
        v[1] += f.possible();
        v[2]++;
    }
}
