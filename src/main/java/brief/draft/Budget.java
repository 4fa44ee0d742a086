package brief.draft;

import brief.model.Figure;
import brief.model.Organization;
import brief.model.Person;
import brief.model.Quote;
import brief.model.TimelineEvent;
import brief.quiz.Forms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a reader of a draft sees (cards, figures, people, organizations, quotes, timeline), held to a share of the
 * article's words: what says least, or says again what is shown elsewhere, goes first. The lists are the draft's
 * own and are cut in place.
 */
final class Budget {
    /** Points are cut down to this many words at the shortest, to keep a short article's briefing short. */
    private static final int SHORTEST = 8;
    /** A timeline entry's words when room is short: enough to tell the events apart in an order question. */
    private static final int SHORT_WHAT = 4;
    private static final int WHAT = Dates.TIMELINE_WORDS;
    /** A quotation's words when room is short: its opening clause still says what was said. */
    private static final int SHORT_QUOTE = 8;

    final List<Person> people;
    final List<Organization> organizations;
    final List<Quote> quotes;
    /** The figures listed; a figure a point already shows may leave this list and still be asked about. */
    final List<Figure> figures;
    private final List<Figure> all;
    /** The figures that left the list because a point showed their number. */
    private final Set<Figure> twice = new HashSet<>();
    final List<TimelineEvent> timeline;
    private final List<Dates.Event> events;
    private final List<Dates.Event> central;
    private final Drafter.Analysis a;
    private final List<Text.Paragraph> material;
    /** The sentences whose quotation is among the quotes: a point made of one would show it twice. */
    private final Set<Integer> quoted;
    private final java.util.Map<Dates.Event, String> eventIds = new java.util.HashMap<>();
    private final java.util.Map<Integer, Integer> standing = new java.util.HashMap<>();
    List<Cards.Group> groups;
    int perCard = Cards.MAX_POINTS;
    int most = Clauses.SHORT;
    private int what = WHAT;
    /** How much a long sentence counts against its centrality when points are chosen: more when room is short. */
    private double brevity = 0.5;
    /** The cards, by title, given one point: only a very short article's. */
    private final Set<String> single = new HashSet<>();

    Budget(Drafter.Analysis a, List<Text.Paragraph> material, List<Person> people, List<Organization> organizations,
           List<Quote> quotes, Set<Integer> quoted, List<Figure> figures, List<Dates.Event> events, List<Dates.Event> central,
           Ids ids) {
        this.a = a;
        this.material = material;
        this.people = people;
        this.organizations = organizations;
        this.quotes = quotes;
        this.quoted = new HashSet<>(quoted);
        this.figures = new ArrayList<>(figures);
        this.all = List.copyOf(figures);
        this.events = events;
        this.central = central;
        this.timeline = new ArrayList<>();
        for (Dates.Event e : events) eventIds.put(e, ids.of("t", e.when()));
        this.groups = Cards.titled(Cards.group(material, Cards.MAX_CARDS));
        entries();
        // a context that says the quotation again tells the reader nothing: what its sentence says around it does
        quotes.replaceAll(q -> repeats(q) ? withSetting(q) : q);
    }

    /** The context has the quotation's opening words, or over half its words are the quotation's own. */
    private static boolean repeats(Quote q) {
        List<String> said = wordsOf(q.text());
        List<String> context = wordsOf(q.context());
        String opening = String.join(" ", said.subList(0, Math.min(3, said.size())));
        if ((" " + String.join(" ", context) + " ").contains(" " + opening + " ")) return true;
        long again = context.stream().filter(said::contains).count();
        return again * 2 > context.size();
    }

    private static List<String> wordsOf(String text) {
        return java.util.Arrays.stream(text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(w -> !w.isEmpty()).toList();
    }

    /** The quotation with its sentence's words around it as its context, when they are fewer. */
    private Quote withSetting(Quote q) {
        Text.Sentence s = sentenceOf(q);
        if (s == null) return q;
        String setting = Quotes.setting(s, speaker(q));
        return Words.count(setting) < Words.count(q.context()) ? new Quote(q.id(), q.speaker(), q.text(), setting) : q;
    }

    private Text.Sentence sentenceOf(Quote q) {
        String[] w = q.text().split("\\s+");
        String opening = String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(4, w.length)));
        for (Text.Sentence s : a.sentences()) if (s.text().contains(opening)) return s;
        return null;
    }

    private String speaker(Quote q) {
        for (Person p : people) if (p.id().equals(q.speaker())) return p.name();
        return "";
    }

    /**
     * Gives up, a step at a time, what says least until what a reader sees is at most {@code limit} words; a card
     * is left one point only to keep it at most {@code bar} words.
     */
    void fit(int limit, int bar) {
        cut(limit, bar);
        // figures that went while cards were still long come back where the room allows, in the article's order
        List<Figure> listed = new ArrayList<>(figures);
        figures.clear();
        for (Figure f : all) {
            if (listed.contains(f)) figures.add(f);
            // one that went as said twice comes back if its point has gone since, as far as the bar allows
            else if (words() + Words.count(f.value() + " " + f.label()) <= (twice.contains(f) && !shownInAPoint(f) ? bar : limit)) {
                figures.add(f);
            }
        }
    }

    private void cut(int limit, int bar) {
        Set<String> speakers = new HashSet<>();
        quotes.forEach(q -> speakers.add(q.speaker()));
        int maxCards = Cards.MAX_CARDS;
        for (int step = 0; step < 12; step++) {
            while (perCard > Cards.MIN_POINTS && words() > limit) perCard--;
            while (maxCards > Cards.MIN_CARDS && words() > limit) groups = Cards.titled(Cards.group(material, --maxCards));
            quieter(limit);
            if (words() <= limit) return;
            switch (step) {
                case 0 -> {
                    organizations.removeIf(o -> o.what().equals(Questions.UNNAMED));
                    people.removeIf(p -> p.role().equals(Questions.UNNAMED) && !speakers.contains(p.id()));
                }
                case 1 -> quotes.replaceAll(q -> new Quote(q.id(), q.speaker(), Quotes.shortened(q.text()), q.context()));
                case 2 -> {
                    while (most > SHORTEST && words() > limit) most--;
                }
                // a figure whose number a point already shows is said twice
                case 3 -> {
                    figures.stream().filter(this::shownInAPoint).forEach(twice::add);
                    figures.removeAll(twice);
                }
                case 4 -> {
                    what = SHORT_WHAT;
                    // three dates are kept at least: an order question needs them
                    entries();
                    while (events.size() > 3 && words() > limit) {
                        events.remove(leastCentral());
                        entries();
                    }
                }
                case 5 -> organizations.clear();
                case 6 -> {
                    while (figures.size() > 2 && words() > limit) figures.remove(figures.size() - 1);
                }
                case 7 -> brevity = 1;
                case 8 -> brevity = 1.5;
                // someone neither quoted nor named in a point shown, a name the reader meets nowhere else, goes
                // before a card is left one point
                case 9 -> {
                    for (int i = people.size() - 1; i >= 0 && words() > bar; i--) {
                        Person p = people.get(i);
                        if (!speakers.contains(p.id()) && !namedInAPoint(p)) people.remove(i);
                    }
                }
                // past the bar, the list of figures goes down to one before a card is left one point (a figure
                // listed or not can still be asked about)
                case 10 -> {
                    while (figures.size() > 1 && words() > bar) figures.remove(figures.size() - 1);
                }
                // an article of a dozen sentences cannot give four cards of two points each and stay short of
                // three fifths of its words: the cards whose second point says least keep one
                case 11 -> {
                    while (words() > bar && single.size() < groups.size()) single.add(leastSecondPoint());
                }
                default -> { }
            }
        }
    }

    /**
     * Quotations that take more room than the points, or any once the cards are fewest, give way before the points
     * do, which carry the article's facts: a long one is cut, its context becomes what its sentence says around it,
     * then the verb that reports it, and, once the timeline's entries are short, a speaker's third goes (its sentence
     * may then be a point).
     */
    private void quieter(int limit) {
        if (loud(limit)) quotes.replaceAll(q -> new Quote(q.id(), q.speaker(), Quotes.shortened(q.text()), q.context()));
        if (loud(limit)) quotes.replaceAll(this::withSetting);
        if (loud(limit)) quotes.replaceAll(q -> new Quote(q.id(), q.speaker(), Quotes.shortened(q.text(), SHORT_QUOTE), q.context()));
        // the words around a quotation say less than the quotation: the verb that reports it is enough
        if (loud(limit)) quotes.replaceAll(q -> new Quote(q.id(), q.speaker(), q.text(), Quotes.reported(q.context())));
        // a speaker's third goes only once the timeline's entries are cut short: room that a long article's
        // quotations need, which the entries give up more cheaply
        for (int i = quotes.size() - 1; i >= 0 && what == SHORT_WHAT && loud(limit); i--) {
            Quote third = quotes.get(i);
            if (quotes.stream().filter(q -> q.speaker().equals(third.speaker())).count() <= 2) continue;
            quotes.remove(i);
            Text.Sentence s = sentenceOf(third);
            if (s != null && quotes.stream().noneMatch(q -> sentenceOf(q) == s)) {
                quoted.remove(s.index());
                standing.clear();
            }
        }
    }

    /** Over the limit, with quotations taking more room than the points or the cards as few and short as they go. */
    private boolean loud(int limit) {
        boolean fewest = perCard == Cards.MIN_POINTS && groups.size() <= Cards.MIN_CARDS;
        return words() > limit && (fewest || quoteWords() > pointWords());
    }

    private int pointWords() {
        int n = 0;
        for (Cards.Group g : groups) for (Text.Sentence s : chosen(g)) n += Words.count(Drafter.clause(a, s, most));
        return n;
    }

    /** As printed: the words, who said them and their context. */
    private int quoteWords() {
        int n = 0;
        for (Quote q : quotes) n += Words.count(q.text() + " " + speaker(q) + " " + q.context());
        return n;
    }

    /** The sentences of a card shown as its points: central statements first, none leaning on the one before. */
    List<Text.Sentence> chosen(Cards.Group g) {
        List<Text.Sentence> ranked = new ArrayList<>(g.sentences().stream().filter(s -> standing(s) >= 0).toList());
        if (ranked.size() < Cards.MIN_POINTS) ranked = new ArrayList<>(g.sentences());
        ranked.sort(Comparator.comparingInt((Text.Sentence s) -> Math.abs(standing(s)))
                .thenComparingDouble((Text.Sentence s) -> -a.rank()[s.index()] / Math.pow(s.words(), brevity))
                .thenComparing(Text.Sentence::index));
        int n = single.contains(g.title()) ? 1 : perCard;
        List<Text.Sentence> out = new ArrayList<>(ranked.subList(0, Math.min(n, ranked.size())));
        out.sort(Comparator.comparing(Text.Sentence::index));
        return out;
    }

    /**
     * How a sentence stands as a point, worked out once: 0 alone, 1 leaning on the sentence before (it reads less
     * well alone, but says something new), 2 shown among the quotes already; negative when it states nothing.
     */
    private int standing(Text.Sentence s) {
        return standing.computeIfAbsent(s.index(), i -> {
            int how = mostlyQuoted(s) || quoted.contains(i) ? 2 : leansOnContext(s) ? 1 : 0;
            return statement(s) ? how : -how - 1;
        });
    }

    /** The words a reader sees. */
    int words() {
        int n = pointWords() + quoteWords();
        for (Cards.Group g : groups) n += Words.count(g.title());
        for (Person p : people) n += Words.count(p.name() + " " + p.role());
        for (Organization o : organizations) n += Words.count(o.name() + " " + o.what());
        for (Figure f : figures) n += Words.count(f.value() + " " + f.label());
        for (TimelineEvent t : timeline) n += Words.count(t.when() + " " + t.what());
        return n;
    }

    /** The title of the card of two points or more whose last-ranked point is the least central for its length. */
    private String leastSecondPoint() {
        String worst = null;
        double least = Double.MAX_VALUE;
        for (Cards.Group g : groups) {
            if (single.contains(g.title())) continue;
            List<Text.Sentence> points = chosen(g);
            for (Text.Sentence s : points) {
                double value = a.rank()[s.index()] / Math.max(1, Words.count(Drafter.clause(a, s, most)));
                if (points.size() > 1 && value < least) {
                    least = value;
                    worst = g.title();
                }
            }
        }
        return worst == null ? groups.get(0).title() : worst;
    }

    private boolean namedInAPoint(Person p) {
        String surname = p.name().substring(p.name().lastIndexOf(' ') + 1);
        for (Cards.Group g : groups) {
            for (Text.Sentence s : chosen(g)) if (Drafter.clause(a, s, most).contains(surname)) return true;
        }
        return false;
    }

    private boolean shownInAPoint(Figure f) {
        for (Cards.Group g : groups) {
            for (Text.Sentence s : chosen(g)) {
                if (s.text().contains(f.evidence().passage()) && Drafter.clause(a, s, most).contains(f.value())) return true;
            }
        }
        return false;
    }

    private void entries() {
        timeline.clear();
        for (Dates.Event e : events) {
            timeline.add(new TimelineEvent(eventIds.get(e), e.when(),
                    e.shown(what), new brief.model.Evidence(e.evidence())));
        }
    }

    /** The events of the timeline, in step with its entries. */
    List<Dates.Event> events() {
        return events;
    }

    /**
     * The event shown that comes last in the order of centrality (an undated or peripheral one), a second date of a
     * sentence already on the timeline before any other: the order question needs events of different sentences.
     */
    int leastCentral() {
        int worst = -1;
        for (int i = 0; i < events.size(); i++) {
            boolean second = seconds(i);
            boolean worstSecond = worst >= 0 && seconds(worst);
            boolean worse = worst < 0 || second && !worstSecond || second == worstSecond
                    && central.indexOf(events.get(i)) > central.indexOf(events.get(worst));
            if (worse) worst = i;
        }
        return worst;
    }

    private boolean seconds(int i) {
        return events.stream().filter(e -> e.sentence() == events.get(i).sentence()).count() > 1;
    }

    /**
     * A sentence that states something: a verb and a few words, not a heading or a byline, nor half of a quotation
     * that runs on into the next sentence (its marks do not pair up).
     */
    private static boolean statement(Text.Sentence s) {
        return s.words() >= 4 && s.tokens().stream().anyMatch(t -> t.is("VERB", "AUX"))
                && s.text().matches("(?s).*[.!?\"”’)]$") && Forms.pairedMarks(s.text());
    }

    /** "That sounds like a lot.", "For many children today it still is.": a point that needs the sentence before. */
    private static boolean leansOnContext(Text.Sentence s) {
        String first = s.tokens().isEmpty() ? "" : s.tokens().get(0).lower();
        return first.matches("it|that|this|they|he|she|these|those|there|such") || s.words() < 7
                && s.tokens().stream().anyMatch(t -> t.lower().matches("it|they|this|that"));
    }

    private static boolean mostlyQuoted(Text.Sentence s) {
        boolean[] inside = Quotes.insideQuotes(s);
        int in = 0;
        for (boolean q : inside) if (q) in++;
        return in * 2 > inside.length;
    }
}
