package brief.draft;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Derivation;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Organization;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Quote;
import brief.model.Source;
import brief.model.SourceKind;
import brief.model.TimelineEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an article into a draft briefing: every passage verbatim from it, with notes where to check. */
public final class Drafter {
    /** What the reader sees may take at most this share of the article's words (the bar is 60%). */
    static final double VISIBLE_SHARE = 0.55;
    /** The share no briefing should pass: a card of a very short article keeps one point only to stay under it. */
    static final double BAR = 0.6;
    private static final int MAX_FIGURES = 10;
    private static final int MAX_PEOPLE = 8;
    /** The one-page briefing's height at 80 columns. */
    private static final int PAGE_LINES = 60;
    private static final int MAX_ORGANIZATIONS = 5;
    private static final int MAX_EVENTS = 10;

    private static final Pattern ACCORDING_TO = Pattern.compile("according to ((?:the )?(?:[^,.;]|(?<=\\d)[,.](?=\\d)){3,60})");

    private Drafter() {}

    /** The article analysed, with everything that the cards, lists and questions are made from. */
    record Analysis(List<Text.Paragraph> paragraphs, List<Text.Sentence> sentences, double[] rank,
                    Map<Integer, Labels.Label> labels, Names.Found names, LocalDate dateline, Map<Integer, String> clauses) {}

    /** The item-writing rules, as the caller has them: how many rules these questions of the briefing break. */
    public interface QuestionRules {
        int broken(Briefing briefing, List<brief.model.Question> questions);

        QuestionRules NONE = (b, q) -> 0;
    }

    public static Draft draft(Input input, Language language, String id, String sourcePath, SourceKind kind) {
        return draft(input, language, id, sourcePath, kind, QuestionRules.NONE);
    }

    /** A draft whose questions break none of the item-writing rules: a question that would break one is left out. */
    public static Draft draft(Input input, Language language, String id, String sourcePath, SourceKind kind,
                              QuestionRules rules) {
        List<String> body = new ArrayList<>();
        for (String p : input.paragraphs()) body.add(Input.unlabelled(p));
        List<Text.Paragraph> paragraphs = language.analyse(body);
        List<Text.Sentence> sentences = new ArrayList<>();
        paragraphs.forEach(p -> sentences.addAll(p.sentences()));
        if (sentences.size() < Cards.MIN_POINTS * 2) {
            throw new IllegalArgumentException("the article is too short to draft: " + sentences.size()
                    + " sentence" + (sentences.size() == 1 ? "" : "s") + " (at least 4 are needed)");
        }
        Map<Integer, Labels.Label> labels = Labels.all(sentences, kind);
        Analysis a = new Analysis(paragraphs, sentences, Centrality.rank(sentences), labels, Names.find(sentences),
                Dates.dateline(paragraphs, input.published()), new HashMap<>());
        return assemble(input, a, id, sourcePath, kind, rules);
    }

    private static Draft assemble(Input input, Analysis a, String id, String sourcePath, SourceKind kindGiven,
                                  QuestionRules rules) {
        Map<String, List<String>> checks = new LinkedHashMap<>();
        List<String> first = new ArrayList<>();
        Ids ids = new Ids();
        int articleWords = a.sentences().stream().mapToInt(Text.Sentence::words).sum();

        List<Quotes.Found> quoted = Quotes.find(a.paragraphs(), a.names());
        List<Person> people = new ArrayList<>();
        Map<Names.Entity, String> personIds = new LinkedHashMap<>();
        Set<Names.Entity> speakers = new HashSet<>();
        quoted.forEach(q -> speakers.add(q.speaker()));
        for (Names.Entity e : a.names().people()) {
            // the people quoted keep their places within the cap: a quote without its speaker is lost
            long speakersLeft = speakers.stream().filter(s -> s != e && !personIds.containsKey(s)).count();
            if (!speakers.contains(e) && people.size() + speakersLeft >= MAX_PEOPLE) continue;
            if (people.size() >= MAX_PEOPLE) break;
            String pid = ids.of("", e.name());
            personIds.put(e, pid);
            people.add(new Person(pid, e.name(), shortRole(e.role()), new Evidence(e.evidence())));
            if (e.role().equals("named in the article")) note(checks, pid, "no role found in the text: say who this is");
        }
        List<Quote> quotes = new ArrayList<>();
        Set<String> quoteTexts = new HashSet<>();
        for (Quotes.Found q : quoted) {
            String speaker = personIds.get(q.speaker());
            if (speaker == null || !quoteTexts.add(q.text())) continue;
            String qid = ids.of("quote", q.text());
            quotes.add(new Quote(qid, speaker, q.text(), contextOf(q, a)));
            note(checks, qid, "speaker from " + q.how());
        }
        List<Organization> organizations = new ArrayList<>();
        for (Names.Entity e : a.names().organizations()) {
            if (organizations.size() >= MAX_ORGANIZATIONS) break;
            String oid = ids.of("org", e.name());
            organizations.add(new Organization(oid, e.name(), e.role(), new Evidence(e.evidence())));
            if (e.role().equals("named in the article")) note(checks, oid, "no description found: say what this is");
        }
        List<Figure> figures = new ArrayList<>();
        List<Figures.Found> foundFigures = new ArrayList<>();
        Set<String> values = new HashSet<>();
        List<Figures.Found> candidates = FigurePicks.byImportance(Figures.find(a.sentences()), a.rank());
        for (Figures.Found f : candidates) {
            if (figures.size() >= Math.min(MAX_FIGURES, Math.max(4, articleWords / 50)) || !values.add(f.value())) continue;
            String fid = ids.of("fig", f.label());
            figures.add(new Figure(fid, f.value(), f.label(), new Evidence(f.evidence()), f.asOf(), attribution(a, f)));
            foundFigures.add(f);
        }
        List<Dates.Event> events = new ArrayList<>(Dates.find(a.sentences(), a.dateline()));
        Set<Integer> datedSentences = new HashSet<>();
        List<Dates.Event> central = Dates.byImportance(events, a.rank());
        Set<Dates.Event> keptEvents = new HashSet<>();
        int room = Math.min(MAX_EVENTS, Math.max(4, articleWords / 50));
        for (Dates.Event e : central) {
            // a sentence is dated by when its event happened, not by the start of a span it tells of
            boolean bounds = Dates.bounds(e.when(), e.evidence());
            if (bounds && central.stream().anyMatch(o -> o.sentence() == e.sentence() && !Dates.bounds(o.when(), o.evidence()))) {
                continue;
            }
            if (keptEvents.size() < room && datedSentences.add(e.sentence())) keptEvents.add(e);
        }
        // a second date of a sentence already on the timeline only where room is left
        for (Dates.Event e : central) if (keptEvents.size() < room) keptEvents.add(e);
        events.retainAll(keptEvents);

        List<Text.Paragraph> material = a.paragraphs().stream()
                .filter(p -> !Origin.aboutTheArticle(p)).toList();
        Set<Integer> quotedSentences = new HashSet<>();
        for (Quotes.Found q : quoted) {
            if (quoteTexts.contains(q.text())) for (int i = q.sentence(); i <= q.last(); i++) quotedSentences.add(i);
        }
        Budget shown = new Budget(a, material, people, organizations, quotes, quotedSentences, figures, events, central, ids);
        shown.fit((int) (VISIBLE_SHARE * articleWords), (int) (BAR * articleWords));
        List<TimelineEvent> timeline = shown.timeline;
        for (int i = 0; i < timeline.size(); i++) {
            Dates.Event e = shown.events().get(i);
            if (!e.when().equals(e.evidence()) && e.when().contains("(")) {
                note(checks, timeline.get(i).id(), "the day is placed against the dateline " + a.dateline() + ": check it");
            }
        }
        List<Cards.Group> groups = shown.groups;
        final int pointLength = shown.most;
        List<Card> cards = new ArrayList<>();
        Map<Integer, String> cardOfSentence = new HashMap<>();
        for (Cards.Group g : groups) {
            String cid = ids.of("", g.title());
            List<Point> points = new ArrayList<>();
            for (Text.Sentence s : shown.chosen(g)) {
                Labels.Label label = a.labels().get(s.index());
                String pid = ids.of(cid, s.text());
                points.add(new Point(pid, clause(a, s, pointLength), label.kind(), new Evidence(s.text())));
                if (label.kind() != PointKind.FACT) {
                    note(checks, pid, "labelled " + label.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + " because of “" + label.because() + "”");
                }
            }
            for (Text.Sentence s : g.sentences()) cardOfSentence.put(s.index(), cid);
            cards.add(new Card(cid, g.title(), g.topic(), points));
        }

        boolean opinion = Labels.arguesAnOpinion(a.sentences(), a.labels());
        SourceKind kind = kindGiven != null ? kindGiven : opinion ? SourceKind.OPINION : SourceKind.NEWS;
        String outlet = Origin.outlet(input, a);
        if (outlet == null) {
            outlet = "unknown outlet";
            note(checks, "source", "the article does not say where it appeared: fill in source.outlet");
            first.add("source.outlet: the article does not say where it appeared");
        }
        String published = a.dateline() != null ? a.dateline().toString() : input.published();
        String perspective = Origin.perspective(kind, quotes, people);
        note(checks, "source", "perspective is a first guess: say whose viewpoint the piece takes");
        first.add("source.perspective: say whose viewpoint the piece takes");
        if (kindGiven == null) {
            note(checks, "source", "kind " + kind.name().toLowerCase(java.util.Locale.ROOT) + " read from "
                    + (opinion ? "first-person and judging language" : "reporting language"));
        }
        Source source = new Source(sourcePath, input.headline().isBlank() ? clause(a, a.sentences().get(0))
                : input.headline(), outlet, kind, published, perspective);

        // the lead and bottom line come from the report itself, never its byline, dateline or a subheading
        List<Text.Sentence> told = material.stream().flatMap(p -> p.sentences().stream()).toList();
        Text.Sentence opening = told.isEmpty() ? a.sentences().get(0) : told.get(0);
        String lead = clause(a, opening);
        String bluf = bottomLine(a, told.isEmpty() ? a.sentences() : told, opening);
        long claims = cards.stream().flatMap(c -> c.points().stream()).filter(p -> p.kind() != PointKind.FACT).count();
        if (claims > 0) first.add(claims + " points labelled claim or opinion: each says why above it");
        if (quotes.stream().anyMatch(q -> checks.getOrDefault(q.id(), List.of()).stream().anyMatch(n -> n.contains("taken"))))
            first.add("quotes whose speaker was inferred (a pronoun or the last speaker)");

        Briefing draft = new Briefing(id, source.title(), lead, source, bluf, cards, shown.figures, people, organizations,
                quotes, timeline, List.of(), List.of(), List.of(), List.of(), Derivation.NONE);
        // the one-page print must fit: the last point of the fullest card goes first
        while (brief.render.OnePage.render(draft, 80).split("\n", -1).length > PAGE_LINES) {
            Card fullest = cards.stream().max(Comparator.comparingInt((Card c) -> c.points().size())).orElseThrow();
            if (fullest.points().size() > Cards.MIN_POINTS) {
                cards.set(cards.indexOf(fullest), new Card(fullest.id(), fullest.title(), fullest.topic(),
                        fullest.points().subList(0, fullest.points().size() - 1)));
            } else if (shown.figures.size() > 4) {
                // then the least important figure, then the least central date
                shown.figures.remove(shown.figures.size() - 1);
            } else if (timeline.size() > 3) {
                int drop = shown.leastCentral();
                timeline.remove(drop);
                shown.events().remove(drop);
            } else {
                break;
            }
            draft = new Briefing(id, source.title(), lead, source, bluf, cards, shown.figures, people, organizations,
                    quotes, timeline, List.of(), List.of(), List.of(), List.of(), Derivation.NONE);
        }
        Questions.Made made = Questions.make(draft, figures, foundFigures, cardOfSentence, a, ids);
        List<brief.model.Question> kept = QuestionPicks.fair(draft, made.questions(), rules);
        for (brief.model.Question q : kept) checks.put(q.id(), made.checks().get(q.id()));
        Briefing withQuestions = new Briefing(id, draft.title(), lead, source, bluf, cards, shown.figures, people,
                organizations, quotes, timeline, List.of(), List.of(), List.of(), kept, Derivation.NONE);
        return new Draft(withQuestions, checks, first);
    }

    /** A sentence's main clause, worked out once: the point budget asks for it many times. */
    static String clause(Analysis a, Text.Sentence s) {
        return clause(a, s, Clauses.SHORT);
    }

    static String clause(Analysis a, Text.Sentence s, int most) {
        return a.clauses().computeIfAbsent(s.index() * 100 + most, i -> Clauses.mainClause(s, most));
    }

    /** A role of more than five words cut before its place ("a professor of public health at Merrow College"). */
    private static String shortRole(String role) {
        if (Words.count(role) <= 5) return role;
        int at = role.indexOf(" at ");
        if (at < 0) at = role.indexOf(" in ");
        return at > 0 && Words.count(role.substring(0, at)) >= 2 ? role.substring(0, at) : role;
    }

    /** The two most central sentences besides the opening, in the article's order, each cut to its main clause. */
    private static String bottomLine(Analysis a, List<Text.Sentence> told, Text.Sentence opening) {
        List<Text.Sentence> ranked = new ArrayList<>(told);
        ranked.remove(opening);
        ranked.removeIf(s -> clause(a, s).matches("^(He|She|They|It|This|These|That|Those|His|Her|Their)\\b.*"));
        if (ranked.isEmpty()) ranked.addAll(a.sentences().subList(1, a.sentences().size()));
        ranked.sort(Comparator.comparingDouble((Text.Sentence s) -> -a.rank()[s.index()]).thenComparing(Text.Sentence::index));
        List<Text.Sentence> top = new ArrayList<>(ranked.subList(0, Math.min(2, ranked.size())));
        top.sort(Comparator.comparing(Text.Sentence::index));
        StringBuilder out = new StringBuilder();
        for (Text.Sentence s : top) out.append(out.length() > 0 ? " " : "").append(clause(a, s));
        return out.toString();
    }

    private static String contextOf(Quotes.Found q, Analysis a) {
        if (q.sentence() < 0) return "quoted in the article";
        String where = clause(a, a.sentences().get(q.sentence()));
        String[] w = where.split("\\s+");
        return w.length <= 14 ? where.replaceAll("\\.$", "") : String.join(" ", java.util.Arrays.copyOfRange(w, 0, 14)) + " …";
    }

    private static String attribution(Analysis a, Figures.Found f) {
        Matcher m = ACCORDING_TO.matcher(a.sentences().get(f.sentence()).text());
        return m.find() ? m.group(1).strip() : null;
    }


    static void note(Map<String, List<String>> checks, String id, String note) {
        checks.computeIfAbsent(id, k -> new ArrayList<>()).add(note);
    }
}
