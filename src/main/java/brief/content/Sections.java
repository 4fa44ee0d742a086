package brief.content;

import brief.content.References.Target;
import brief.model.Briefing;
import brief.model.Card;
import brief.model.Derivation;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Organization;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Quote;
import brief.model.Source;
import brief.model.SourceKind;
import brief.model.TimelineEvent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Maps the sections of a briefing (source, cards, figures, people, …) to records, one method a section. */
final class Sections {
    static final Set<String> TOP = keys("version", "id", "title", "lead", "source", "bluf", "derive", "cards",
            "figures", "people", "organizations", "quotes", "timeline", "outcomes", "context", "watch", "questions");
    static final Set<String> SOURCE = keys("path", "title", "outlet", "kind", "published", "perspective");
    static final Set<String> DERIVE = keys("figures", "quotes", "people", "timeline");
    static final Set<String> CARD = keys("id", "title", "topic", "points");
    static final Set<String> POINT = keys("id", "text", "kind", "evidence");
    static final Set<String> FIGURE = keys("id", "value", "label", "evidence", "as_of", "attributed_to");
    static final Set<String> PERSON = keys("id", "name", "role", "evidence");
    static final Set<String> ORGANIZATION = keys("id", "name", "what", "evidence");
    static final Set<String> QUOTE = keys("id", "speaker", "text", "context");
    static final Set<String> EVENT = keys("id", "when", "what", "evidence");

    private final Nodes nodes;
    private final References refs;
    private final QuestionMapper questions;
    /** Where the article's path is written, so that problems reading the article point there. */
    private Node sourcePath;

    Sections(Nodes nodes, References refs) {
        this.nodes = nodes;
        this.refs = refs;
        this.questions = new QuestionMapper(nodes, refs);
    }

    static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    Node sourcePath() {
        return sourcePath;
    }

    /** The whole briefing, or null when any part of it has a problem (each one reported). */
    Briefing briefing(Node root) {
        Map<String, Node> m = nodes.mapping(root, "the briefing", TOP);
        if (m == null) return null;
        version(m, root);
        String id = refs.id(m, root, "the briefing", false);
        String title = nodes.text(m, root, "title", "the briefing");
        String lead = nodes.text(m, root, "lead", "the briefing");
        String bluf = nodes.text(m, root, "bluf", "the briefing");
        Source source = m.containsKey("source") ? source(m.get("source")) : missing(root, "source");
        Derivation derive = m.containsKey("derive") ? derive(m.get("derive")) : Derivation.ALL;
        List<Card> cards = nodes.items(m.get("cards"), "cards", this::card);
        if (!m.containsKey("cards")) nodes.problem(root, "the briefing is missing 'cards'");
        List<Figure> figures = nodes.items(m.get("figures"), "figures", this::figure);
        List<Person> people = nodes.items(m.get("people"), "people", this::person);
        List<Organization> organizations = nodes.items(m.get("organizations"), "organizations", this::organization);
        List<Quote> quotes = nodes.items(m.get("quotes"), "quotes", this::quote);
        List<TimelineEvent> timeline = nodes.items(m.get("timeline"), "timeline", this::event);
        List<Point> outcomes = nodes.items(m.get("outcomes"), "outcomes", this::point);
        List<Point> context = nodes.items(m.get("context"), "context", this::point);
        List<Point> watch = nodes.items(m.get("watch"), "watch", this::point);
        List<Question> questionList = nodes.items(m.get("questions"), "questions", questions::question);
        refs.checkReferences();
        if (!nodes.problems().isEmpty() || id == null || title == null || lead == null || bluf == null
                || source == null || derive == null) {
            return null;
        }
        return nodes.construct(root, () -> new Briefing(id, title, lead, source, bluf, cards, figures, people,
                organizations, quotes, timeline, outcomes, context, watch, questionList, derive));
    }

    private void version(Map<String, Node> m, Node root) {
        Node version = m.get("version");
        if (version == null) {
            nodes.problem(root, "the briefing is missing 'version'", "add 'version: 1' at the top");
            return;
        }
        Integer v = nodes.integer(version, "version");
        if (v != null && v != Briefing.VERSION) {
            nodes.problem(version, "version " + v + " is not supported (this brief reads version "
                    + Briefing.VERSION + ")");
        }
    }

    private <T> T missing(Node parent, String key) {
        nodes.problem(parent, "the briefing is missing '" + key + "'");
        return null;
    }

    private Source source(Node node) {
        Map<String, Node> m = nodes.mapping(node, "source", SOURCE);
        if (m == null) return null;
        sourcePath = m.getOrDefault("path", node);
        String path = nodes.text(m, node, "path", "source");
        String title = nodes.text(m, node, "title", "source");
        String outlet = nodes.text(m, node, "outlet", "source");
        SourceKind kind = nodes.word(m, node, "kind", "source", SourceKind.class);
        String published = nodes.optionalText(m, "published", "source");
        String perspective = nodes.text(m, node, "perspective", "source");
        if (path == null || title == null || outlet == null || kind == null || perspective == null) return null;
        return nodes.construct(node, () -> new Source(path, title, outlet, kind, published, perspective));
    }

    private Derivation derive(Node node) {
        Map<String, Node> m = nodes.mapping(node, "derive", DERIVE);
        if (m == null) return null;
        return new Derivation(flag(m, "figures"), flag(m, "quotes"), flag(m, "people"), flag(m, "timeline"));
    }

    /** A derivation switch: on unless written as false (a value that is not true or false is reported). */
    private boolean flag(Map<String, Node> m, String section) {
        Node v = m.get(section);
        Boolean b = v == null ? Boolean.TRUE : nodes.bool(v, "derive " + section);
        return b == null || b;
    }

    private Card card(Node node) {
        Map<String, Node> m = nodes.mapping(node, "a card", CARD);
        if (m == null) return null;
        String id = refs.id(m, node, "a card", true);
        refs.defines(Target.CARD, id);
        String title = nodes.text(m, node, "title", "card " + id);
        String topic = nodes.text(m, node, "topic", "card " + id);
        if (!m.containsKey("points")) nodes.problem(node, "card " + id + " is missing 'points'");
        List<Point> points = nodes.items(m.get("points"), "points", this::point);
        if (m.containsKey("points") && points.isEmpty() && nodes.list(m.get("points"), "points").isEmpty()) {
            nodes.problem(m.get("points"), "card " + id + " has no points");
        }
        if (id == null || title == null || topic == null || points.isEmpty()) return null;
        return nodes.construct(node, () -> new Card(id, title, topic, points));
    }

    private Point point(Node node) {
        Map<String, Node> m = nodes.mapping(node, "a point", POINT);
        if (m == null) return null;
        String id = refs.id(m, node, "a point", true);
        String what = "point " + (id == null ? "" : id);
        String text = nodes.text(m, node, "text", what);
        PointKind kind = nodes.word(m, node, "kind", what, PointKind.class);
        Evidence evidence = refs.evidence(m, node, what);
        if (id == null || text == null || kind == null || evidence == null) return null;
        return nodes.construct(node, () -> new Point(id, text, kind, evidence));
    }

    private Figure figure(Node node) {
        Map<String, Node> m = nodes.mapping(node, "a figure", FIGURE);
        if (m == null) return null;
        String id = refs.id(m, node, "a figure", true);
        String what = "figure " + id;
        String value = nodes.text(m, node, "value", what);
        String label = nodes.text(m, node, "label", what);
        Evidence evidence = refs.evidence(m, node, what);
        String asOf = nodes.optionalText(m, "as_of", what);
        String attributedTo = nodes.optionalText(m, "attributed_to", what);
        if (id == null || value == null || label == null || evidence == null) return null;
        return nodes.construct(node, () -> new Figure(id, value, label, evidence, asOf, attributedTo));
    }

    private Person person(Node node) {
        Map<String, Node> m = nodes.mapping(node, "a person", PERSON);
        if (m == null) return null;
        String id = refs.id(m, node, "a person", true);
        refs.defines(Target.PERSON, id);
        String what = "person " + id;
        String name = nodes.text(m, node, "name", what);
        String role = nodes.text(m, node, "role", what);
        Evidence evidence = refs.evidence(m, node, what);
        if (id == null || name == null || role == null || evidence == null) return null;
        return nodes.construct(node, () -> new Person(id, name, role, evidence));
    }

    private Organization organization(Node node) {
        Map<String, Node> m = nodes.mapping(node, "an organization", ORGANIZATION);
        if (m == null) return null;
        String id = refs.id(m, node, "an organization", true);
        String what = "organization " + id;
        String name = nodes.text(m, node, "name", what);
        String whatItIs = nodes.text(m, node, "what", what);
        Evidence evidence = refs.evidence(m, node, what);
        if (id == null || name == null || whatItIs == null || evidence == null) return null;
        return nodes.construct(node, () -> new Organization(id, name, whatItIs, evidence));
    }

    private Quote quote(Node node) {
        Map<String, Node> m = nodes.mapping(node, "a quote", QUOTE);
        if (m == null) return null;
        String id = refs.id(m, node, "a quote", true);
        String what = "quote " + id;
        String speaker = nodes.text(m, node, "speaker", what);
        String text = nodes.text(m, node, "text", what);
        String context = nodes.text(m, node, "context", what);
        refs.refers(m.get("speaker"), Target.PERSON, speaker);
        refs.quotes(m.get("text"), text, "the text of " + what);
        if (id == null || speaker == null || text == null || context == null) return null;
        return nodes.construct(node, () -> new Quote(id, speaker, text, context));
    }

    private TimelineEvent event(Node node) {
        Map<String, Node> m = nodes.mapping(node, "a timeline entry", EVENT);
        if (m == null) return null;
        String id = refs.id(m, node, "a timeline entry", true);
        String what = "timeline entry " + id;
        String when = nodes.text(m, node, "when", what);
        String whatHappened = nodes.text(m, node, "what", what);
        Evidence evidence = refs.evidence(m, node, what);
        if (id == null || when == null || whatHappened == null || evidence == null) return null;
        return nodes.construct(node, () -> new TimelineEvent(id, when, whatHappened, evidence));
    }
}
