package brief.quiz;

import brief.model.Briefing;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Person;
import brief.model.Question;
import brief.model.Quote;
import brief.model.Stem;
import brief.model.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Questions the tool makes from a briefing's figures, quotes, people and timeline. They follow from the file
 * alone (no randomness), each carries its evidence, an author can switch each kind off, and they keep the
 * item-writing rules: wrong options of the right kind, no fact an authored question already asks.
 */
public final class DerivedQuestions {
    static final String FIGURE = "derived-figure-";
    static final String QUOTE = "derived-quote-";
    static final String PEOPLE = "derived-people";
    static final String TIMELINE = "derived-timeline";
    private static final int MAX_CHOICES = 4;
    private static final int MAX_ITEMS = 5;
    private static final int MIN_SPEAKERS = 3;
    private static final int MIN_QUOTE_WORDS = 5;
    /** Long words that make a poor gap: the reader could guess them from the rest of the quote. */
    private static final Set<String> WEAK = Set.of("important", "really", "because", "through", "without", "between",
            "together", "something", "everything", "always", "every", "other", "after", "again", "while", "there", "being",
            "still", "never", "little");

    private DerivedQuestions() {}

    /** Where in the briefing file a derived question comes from. */
    public record Source(String section, String item) {}

    /** The section and item a derived question is made from; null for an authored question. */
    public static Source source(Question q) {
        if (!q.stem().derived()) return null;
        String id = q.id();
        if (id.startsWith(FIGURE)) return new Source("figures", id.substring(FIGURE.length()));
        if (id.startsWith(QUOTE)) return new Source("quotes", id.substring(QUOTE.length()));
        if (id.equals(PEOPLE)) return new Source("people", null);
        return new Source("timeline", null);
    }

    public static List<Question> from(Briefing b) {
        List<Question> made = new ArrayList<>();
        if (b.cards().isEmpty()) return made;
        CardFinder cards = CardFinder.of(b);
        if (b.derive().figures()) {
            List<Double> stated = statedNumbers(b);
            for (Figure f : b.figures()) {
                Question q = figure(b, f, cards, stated);
                if (q != null) made.add(q);
            }
        }
        if (b.derive().quotes()) {
            for (Quote q : b.quotes()) {
                Question made1 = quote(b, q, cards);
                if (made1 != null) made.add(made1);
            }
        }
        if (b.derive().people() && b.people().size() >= 2) made.add(people(b, cards));
        if (b.derive().timeline() && b.timeline().size() >= 3) made.add(timeline(b, cards));
        List<Exposure> authored = Exposure.of(b.questions());
        List<Exposure> kept = new ArrayList<>();
        for (Exposure q : Exposure.of(made)) {
            if (clashes(q, authored) || clashes(q, kept)) continue;
            kept.add(q);
        }
        List<Question> out = new ArrayList<>();
        for (Exposure q : kept) out.add(q.question());
        return out;
    }

    /** Whether a derived question asks a fact another asks, or shows another's answer, or has its own shown. */
    private static boolean clashes(Exposure q, List<Exposure> others) {
        for (Exposure other : others) {
            if (q.sameFact(other) || q.shows(other) || other.shows(q)) return true;
        }
        return false;
    }

    /**
     * Which value fits a figure's label: the wrong options are values of the same kind (other figures', then
     * made ones), never true for the label elsewhere in the briefing; where too few can be made, the number is
     * asked for instead.
     */
    private static Question figure(Briefing b, Figure f, CardFinder cards, List<Double> stated) {
        Forms kind = Forms.of(f.value());
        String label = f.label() + (f.asOf() != null ? " (" + f.asOf() + ")" : "");
        String explain = f.value() + ": " + f.label() + (f.attributedTo() != null ? ", according to " + f.attributedTo() : "") + ".";
        String card = cards.cardFor(f.evidence(), f.label());
        List<String> values = new ArrayList<>(List.of(f.value()));
        for (Figure other : b.figures()) {
            if (values.size() >= MAX_CHOICES) break;
            if (other != f && Forms.of(other.value()) == kind && !values.contains(other.value()) && near(f, other)) {
                values.add(other.value());
            }
        }
        long seed = (f.id().hashCode() * 0x9E3779B97F4A7C15L) >>> 40;
        for (String made : Distractors.of(f.value(), MAX_CHOICES - 1, seed, stated)) {
            if (values.size() < MAX_CHOICES && !values.contains(made)) values.add(made);
        }
        if (values.size() >= 3 && kind != Forms.NAME && kind != Forms.PHRASE) {
            values.sort(Comparator.comparingDouble(DerivedQuestions::valueOf));
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                options.add(new Option(v.equals(f.value()) ? f.id() : "v" + (i + 1), v, null));
            }
            Stem stem = new Stem(FIGURE + f.id(), "Which number fits: “" + label + "”?", card, 1, explain,
                    f.evidence(), null, true);
            return new Question.Choice(stem, options, f.id());
        }
        var reading = Numbers.read(f.value().replace("+", ""));
        if (reading.isEmpty()) return null;
        Stem stem = new Stem(FIGURE + f.id(), "What number goes with “" + label + "”?", card, 2, explain,
                f.evidence(), null, true);
        return new Question.Numeric(stem, reading.get().value(), 0, null);
    }

    /** Another figure's value is a fair wrong option when it is within a factor of five of this one. */
    private static boolean near(Figure f, Figure other) {
        double a = valueOf(f.value());
        double o = valueOf(other.value());
        return a > 0 && o > 0 && o / a <= 5 && a / o <= 5;
    }

    private static double valueOf(String value) {
        return Numbers.read(value.replaceAll("[+~]", "")).map(Numbers.Reading::value)
                .orElse(Facts.numbersIn(value).stream().findFirst().orElse(0.0));
    }

    /** Every number the briefing's figures and evidence state: none of them is made up as a wrong option. */
    private static List<Double> statedNumbers(Briefing b) {
        List<Double> out = new ArrayList<>();
        for (Figure f : b.figures()) {
            out.addAll(Facts.numbersIn(f.value()));
            out.addAll(Facts.numbersIn(f.evidence().passage()));
        }
        b.cards().forEach(c -> c.points().forEach(p -> out.addAll(Facts.numbersIn(p.evidence().passage()))));
        b.timeline().forEach(e -> out.addAll(Facts.numbersIn(e.when() + " " + e.evidence().passage())));
        return out;
    }

    /**
     * Who said it, with only the briefing's speakers as options; with fewer than three speakers, the quote as a
     * cloze instead (its longest uncommon word left out), or nothing for a quote too short to leave a word out of.
     */
    private static Question quote(Briefing b, Quote q, CardFinder cards) {
        Person speaker = b.person(q.speaker()).orElseThrow();
        Evidence evidence = new Evidence(q.text());
        String card = cards.cardFor(evidence, q.context() + " " + speaker.name());
        Set<String> speakers = new LinkedHashSet<>();
        b.quotes().forEach(x -> speakers.add(x.speaker()));
        if (speakers.size() >= MIN_SPEAKERS) {
            List<Person> others = b.people().stream()
                    .filter(p -> speakers.contains(p.id()) && !p.id().equals(speaker.id())).limit(MAX_CHOICES - 1).toList();
            List<Option> options = b.people().stream().filter(p -> p.id().equals(speaker.id()) || others.contains(p))
                    .map(p -> new Option(p.id(), p.name(), null)).toList();
            Stem stem = new Stem(QUOTE + q.id(), "Who said: “" + q.text() + "”?", card, 1,
                    speaker.name() + " said it. Context: " + q.context() + ".", evidence, null, true);
            return new Question.Choice(stem, options, speaker.id());
        }
        String[] words = q.text().split("\\s+");
        if (words.length < MIN_QUOTE_WORDS) return null;
        String gap = null;
        for (String w : words) {
            String bare = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (Facts.words(bare).isEmpty() || bare.length() < 4 || WEAK.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (gap == null || bare.length() > gap.length()) gap = bare;
        }
        if (gap == null) return null;
        String prompt = "Complete what " + speaker.name() + " said (" + q.context() + "): “"
                + q.text().replaceFirst("\\b" + java.util.regex.Pattern.quote(gap) + "\\b", Question.Cloze.GAP) + "”";
        Stem stem = new Stem(QUOTE + q.id(), prompt, card, 1, speaker.name() + ": “" + q.text() + "”.", evidence, null, true);
        return new Question.Cloze(stem, gap, List.of());
    }

    private static Question people(Briefing b, CardFinder cards) {
        List<Pair> pairs = new ArrayList<>();
        for (Person p : b.people().subList(0, Math.min(MAX_ITEMS, b.people().size()))) {
            pairs.add(new Pair(p.id(), p.name(), p.role()));
        }
        Person first = b.people().get(0);
        Stem stem = new Stem(PEOPLE, "Match each person to who they are.", cards.cardFor(first.evidence(), first.role()), 2,
                "Who is who in the story.", first.evidence(), null, true);
        return new Question.Match(stem, pairs);
    }

    private static Question timeline(Briefing b, CardFinder cards) {
        List<TimelineEvent> events = b.timeline();
        List<TimelineEvent> chosen = new ArrayList<>();
        int n = Math.min(MAX_ITEMS, events.size());
        for (int k = 0; k < n; k++) chosen.add(events.get(k * (events.size() - 1) / Math.max(1, n - 1)));
        List<Item> items = new ArrayList<>();
        for (TimelineEvent e : chosen) items.add(new Item(e.id(), e.what()));
        TimelineEvent first = chosen.get(0);
        StringBuilder explain = new StringBuilder();
        for (TimelineEvent e : chosen) explain.append(explain.length() == 0 ? "" : "; ").append(e.when()).append(": ").append(e.what());
        Stem stem = new Stem(TIMELINE, "Put these events in the order they happened.",
                cards.cardFor(first.evidence(), first.what()), 2, explain + ".", first.evidence(), null, true);
        return new Question.Order(stem, items);
    }
}
