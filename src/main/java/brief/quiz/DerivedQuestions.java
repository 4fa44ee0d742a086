package brief.quiz;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Person;
import brief.model.Point;
import brief.model.Question;
import brief.model.Quote;
import brief.model.Stem;
import brief.model.TimelineEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Questions the tool makes from a briefing's figures, quotes, people and timeline. They follow from the
 * file alone (no randomness), each carries its evidence, and an author can switch each kind off.
 */
public final class DerivedQuestions {
    private static final int MAX_CHOICES = 4;
    private static final int MAX_ITEMS = 5;

    private DerivedQuestions() {}

    public static List<Question> from(Briefing b) {
        List<Question> out = new ArrayList<>();
        if (b.cards().isEmpty()) return out;
        CardWords cards = CardWords.of(b);
        if (b.derive().figures() && b.figures().size() >= 3) {
            for (int i = 0; i < b.figures().size(); i++) {
                Question q = figure(b, i, cards);
                if (q != null) out.add(q);
            }
        }
        if (b.derive().quotes() && b.people().size() >= 2) {
            for (Quote q : b.quotes()) out.add(quote(b, q, cards));
        }
        if (b.derive().people() && b.people().size() >= 2) out.add(people(b, cards));
        if (b.derive().timeline() && b.timeline().size() >= 3) out.add(timeline(b, cards));
        return out;
    }

    /** Which value fits a figure's label, with other figures' values as the wrong options; null if too few differ. */
    private static Question figure(Briefing b, int index, CardWords cards) {
        List<Figure> figures = b.figures();
        Figure f = figures.get(index);
        List<Option> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (int k = 0; k < figures.size() && options.size() < MAX_CHOICES; k++) {
            Figure other = figures.get((index + k) % figures.size());
            if (values.add(other.value())) options.add(new Option(other.id(), other.value(), null));
        }
        if (options.size() < 2) return null;
        String label = f.label() + (f.asOf() != null ? " (" + f.asOf() + ")" : "");
        Stem stem = new Stem("derived-figure-" + f.id(), "Which number fits: “" + label + "”?",
                cards.cardFor(f.evidence()), 1, f.value() + ": " + f.label()
                + (f.attributedTo() != null ? ", according to " + f.attributedTo() : "") + ".",
                f.evidence(), null, true);
        return new Question.Choice(stem, options, f.id());
    }

    private static Question quote(Briefing b, Quote q, CardWords cards) {
        List<Option> options = new ArrayList<>();
        Person speaker = b.person(q.speaker()).orElseThrow();
        options.add(new Option(speaker.id(), speaker.name(), null));
        for (Person p : b.people()) {
            if (options.size() < MAX_CHOICES && !p.id().equals(speaker.id())) options.add(new Option(p.id(), p.name(), null));
        }
        Evidence evidence = new Evidence(q.text());
        Stem stem = new Stem("derived-quote-" + q.id(), "Who said: “" + q.text() + "”?", cards.cardFor(evidence), 1,
                speaker.name() + " said it. Context: " + q.context() + ".", evidence, null, true);
        return new Question.Choice(stem, options, speaker.id());
    }

    private static Question people(Briefing b, CardWords cards) {
        List<Pair> pairs = new ArrayList<>();
        for (Person p : b.people().subList(0, Math.min(MAX_ITEMS, b.people().size()))) {
            pairs.add(new Pair(p.id(), p.name(), p.role()));
        }
        Person first = b.people().get(0);
        Stem stem = new Stem("derived-people", "Match each person to who they are.", cards.cardFor(first.evidence()), 2,
                "Who is who in the story.", first.evidence(), null, true);
        return new Question.Match(stem, pairs);
    }

    private static Question timeline(Briefing b, CardWords cards) {
        List<TimelineEvent> events = b.timeline();
        List<TimelineEvent> chosen = new ArrayList<>();
        int n = Math.min(MAX_ITEMS, events.size());
        for (int k = 0; k < n; k++) chosen.add(events.get(k * (events.size() - 1) / Math.max(1, n - 1)));
        List<Item> items = new ArrayList<>();
        for (TimelineEvent e : chosen) items.add(new Item(e.id(), e.what()));
        TimelineEvent first = chosen.get(0);
        StringBuilder explain = new StringBuilder();
        for (TimelineEvent e : chosen) explain.append(explain.length() == 0 ? "" : "; ").append(e.when()).append(": ").append(e.what());
        Stem stem = new Stem("derived-timeline", "Put these events in the order they happened.",
                cards.cardFor(first.evidence()), 2, explain + ".", first.evidence(), null, true);
        return new Question.Order(stem, items);
    }

    /** Each card's evidence words, worked out once for all the questions derived from a briefing. */
    private record CardWords(List<Card> cards, List<Set<String>> byCard) {
        static CardWords of(Briefing b) {
            List<Set<String>> byCard = new ArrayList<>();
            for (Card c : b.cards()) {
                Set<String> cardWords = new HashSet<>();
                for (Point p : c.points()) cardWords.addAll(words(p.evidence().passage()));
                byCard.add(cardWords);
            }
            return new CardWords(b.cards(), byCard);
        }

        /** The card whose points' evidence shares the most words with this evidence; the first card on a tie. */
        String cardFor(Evidence evidence) {
            Set<String> wanted = words(evidence.passage());
            int best = 0;
            long bestShared = -1;
            for (int i = 0; i < cards.size(); i++) {
                long shared = wanted.stream().filter(byCard.get(i)::contains).count();
                if (shared > bestShared) {
                    bestShared = shared;
                    best = i;
                }
            }
            return cards.get(best).id();
        }
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : TextAnswers.normalize(text).split(" ")) {
            if (w.length() > 3) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

}
