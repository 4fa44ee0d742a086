package brief.content;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Checks;
import brief.model.Derivation;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Item;
import brief.model.Option;
import brief.model.Organization;
import brief.model.Pair;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.QuestionType;
import brief.model.Quote;
import brief.model.Source;
import brief.model.SourceKind;
import brief.model.Stem;
import brief.model.TimelineEvent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns the text of a briefing file into a {@link Briefing}, checking every rule of the format and
 * reporting every problem at its line and column.
 */
public final class BriefingLoader {
    /** Files larger than this are refused before parsing. */
    public static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;
    /** Ids of derived questions start with this; authors may not use it. */
    public static final String DERIVED_PREFIX = "derived-";
    private static final String GLOBAL_TAG = "Global tag is not allowed:";

    private static final Set<String> TOP = keys("version", "id", "title", "lead", "source", "bluf", "derive", "cards",
            "figures", "people", "organizations", "quotes", "timeline", "outcomes", "context", "watch", "questions");
    private static final Set<String> SOURCE = keys("path", "title", "outlet", "kind", "published", "perspective");
    private static final Set<String> DERIVE = keys("figures", "quotes", "people", "timeline");
    private static final Set<String> CARD = keys("id", "title", "topic", "points");
    private static final Set<String> POINT = keys("id", "text", "kind", "evidence");
    private static final Set<String> FIGURE = keys("id", "value", "label", "evidence", "as_of", "attributed_to");
    private static final Set<String> PERSON = keys("id", "name", "role", "evidence");
    private static final Set<String> ORGANIZATION = keys("id", "name", "what", "evidence");
    private static final Set<String> QUOTE = keys("id", "speaker", "text", "context");
    private static final Set<String> EVENT = keys("id", "when", "what", "evidence");
    private static final Set<String> OPTION = keys("id", "text", "why");
    private static final Set<String> ITEM = keys("id", "text");
    private static final Set<String> PAIR = keys("id", "left", "right");
    private static final List<String> STEM = List.of("id", "type", "prompt", "card", "difficulty", "hint", "explain",
            "evidence");
    private static final Map<QuestionType, Set<String>> QUESTION = Map.of(
            QuestionType.CHOICE, questionKeys("options", "answer"),
            QuestionType.MULTI, questionKeys("options", "answers"),
            QuestionType.TRUEFALSE, questionKeys("answer"),
            QuestionType.CLOZE, questionKeys("answer", "accept"),
            QuestionType.NUMERIC, questionKeys("answer", "tolerance", "unit"),
            QuestionType.ORDER, questionKeys("items"),
            QuestionType.MATCH, questionKeys("pairs"));
    /** Every key some question type takes, in the order of the types: what a question's mapping may hold. */
    private static final Set<String> ANY_QUESTION = anyQuestionKeys();

    /** Reads the article a briefing names, or explains why it cannot. */
    @FunctionalInterface
    public interface ArticleReader {
        Article read(String sourcePath) throws ContentException;
    }

    /** Parses and checks a briefing file's bytes; {@code name} is how problems name the file. */
    public LoadedBriefing load(String name, byte[] bytes, ArticleReader articles, String location)
            throws ContentException {
        if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
        String text = decode(name, bytes);
        Nodes nodes = new Nodes(name);
        Node root = compose(name, text);
        nodes.checkTree(root);
        if (!nodes.problems().isEmpty()) throw new ContentException(nodes.problems());
        Mapper mapper = new Mapper(nodes);
        Briefing briefing = mapper.briefing(root);
        Article article = null;
        if (briefing != null) {
            try {
                article = articles.read(briefing.source().path());
            } catch (ContentException e) {
                for (Problem p : e.problems()) {
                    nodes.problem(mapper.sourcePathNode, p.message(), p.hint());
                }
            }
            if (article != null) mapper.ground(article);
        }
        if (!nodes.problems().isEmpty() || briefing == null) throw new ContentException(nodes.problems());
        return new LoadedBriefing(briefing, article, location, mapper.evidenceChecked());
    }

    /** The refusal of a briefing file over {@link #MAX_BYTES}, naming its real size. */
    static ContentException tooLarge(String name, long size) {
        return new ContentException(new Problem(name, 0, 0, String.format(
                "file is too large (%,d bytes; the limit is %,d)", size, MAX_BYTES),
                "a briefing is one article's worth of content: split it or remove what is not needed"));
    }

    private static String decode(String name, byte[] bytes) throws ContentException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ContentException(new Problem(name, 0, 0, "is not valid UTF-8 text",
                    "save the file as UTF-8"));
        }
    }

    private static Node compose(String name, String text) throws ContentException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        // Only the composer: no constructor, so no object is ever built from the document, and nothing of
        // SnakeYAML's emitting side is loaded (it costs start-up time).
        Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), new Resolver(), options);
        try {
            Node root = composer.getSingleNode();
            if (root == null) throw new ContentException(Problem.at(name, "is empty"));
            return root;
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
            String message = problem.startsWith(GLOBAL_TAG)
                    ? "tag '" + Safe.clean(problem.substring(GLOBAL_TAG.length()).strip()) + "' is not allowed"
                    : "YAML syntax: " + Safe.clean(problem);
            if (mark == null) throw new ContentException(Problem.at(name, message));
            throw new ContentException(new Problem(name, mark.getLine() + 1, mark.getColumn() + 1, message, null));
        } catch (YAMLException e) {
            throw new ContentException(new Problem(name, 0, 0, limitMessage(e.getMessage()),
                    "briefings are plain YAML documents of modest size"));
        } catch (StackOverflowError e) {
            throw new ContentException(Problem.at(name, "nesting is too deep"));
        }
    }

    private static String limitMessage(String message) {
        String m = message == null ? "" : message;
        if (m.contains("aliases")) return "too many aliases (the limit is " + MAX_ALIASES + "): refused as a possible alias bomb";
        if (m.contains("Nesting Depth")) return "nesting is deeper than " + MAX_DEPTH + " levels";
        if (m.contains("code points")) return "file is too large for a briefing";
        return "cannot be read as YAML: " + Safe.clean(m);
    }

    private static Set<String> keys(String... keys) {
        return new LinkedHashSet<>(List.of(keys));
    }

    private static Set<String> anyQuestionKeys() {
        Set<String> all = new LinkedHashSet<>();
        for (QuestionType type : QuestionType.values()) all.addAll(QUESTION.get(type));
        return Collections.unmodifiableSet(all);
    }

    private static Set<String> questionKeys(String... extra) {
        Set<String> all = new LinkedHashSet<>(STEM);
        all.addAll(List.of(extra));
        return all;
    }

    /** Maps the node tree to records, remembering ids, references and evidence to check afterwards. */
    private static final class Mapper {
        private final Nodes nodes;
        private final Map<String, Node> ids = new HashMap<>();
        private final List<Object[]> evidence = new ArrayList<>();
        private final List<Object[]> cardRefs = new ArrayList<>();
        private final List<Object[]> speakerRefs = new ArrayList<>();
        /** Ids of every card and person written, even those with other problems, so references to them resolve. */
        private final Set<String> cardIds = new java.util.HashSet<>();
        private final Set<String> personIds = new java.util.HashSet<>();
        Node sourcePathNode;

        Mapper(Nodes nodes) {
            this.nodes = nodes;
        }

        int evidenceChecked() {
            return evidence.size();
        }

        Briefing briefing(Node root) {
            Map<String, Node> m = nodes.mapping(root, "the briefing", TOP);
            if (m == null) return null;
            Node version = m.get("version");
            if (version == null) {
                nodes.problem(root, "the briefing is missing 'version'", "add 'version: 1' at the top");
            } else {
                Integer v = nodes.integer(version, "version");
                if (v != null && v != Briefing.VERSION) {
                    nodes.problem(version, "version " + v + " is not supported (this brief reads version "
                            + Briefing.VERSION + ")");
                }
            }
            String id = id(m, root, "the briefing", false);
            String title = nodes.text(m, root, "title", "the briefing");
            String lead = nodes.text(m, root, "lead", "the briefing");
            String bluf = nodes.text(m, root, "bluf", "the briefing");
            Source source = m.containsKey("source") ? source(m.get("source")) : missing(root, "source");
            Derivation derive = m.containsKey("derive") ? derive(m.get("derive")) : Derivation.ALL;
            List<Card> cards = items(m.get("cards"), "cards", this::card);
            if (!m.containsKey("cards")) nodes.problem(root, "the briefing is missing 'cards'");
            List<Figure> figures = items(m.get("figures"), "figures", this::figure);
            List<Person> people = items(m.get("people"), "people", this::person);
            List<Organization> organizations = items(m.get("organizations"), "organizations", this::organization);
            List<Quote> quotes = items(m.get("quotes"), "quotes", this::quote);
            List<TimelineEvent> timeline = items(m.get("timeline"), "timeline", this::event);
            List<Point> outcomes = items(m.get("outcomes"), "outcomes", this::point);
            List<Point> context = items(m.get("context"), "context", this::point);
            List<Point> watch = items(m.get("watch"), "watch", this::point);
            List<Question> questions = items(m.get("questions"), "questions", this::question);

            for (Object[] ref : cardRefs) {
                checkRef((Node) ref[0], (String) ref[1], cardIds, "card");
            }
            for (Object[] ref : speakerRefs) {
                checkRef((Node) ref[0], (String) ref[1], personIds, "person");
            }
            if (!nodes.problems().isEmpty() || id == null || title == null || lead == null || bluf == null
                    || source == null || derive == null) {
                return null;
            }
            return construct(root, () -> new Briefing(id, title, lead, source, bluf, cards, figures, people,
                    organizations, quotes, timeline, outcomes, context, watch, questions, derive));
        }

        void ground(Article article) {
            // A passage is often the evidence of a point and of questions too: each is looked for once.
            Map<String, Boolean> found = new HashMap<>();
            for (Object[] e : evidence) {
                String passage = (String) e[1];
                if (!found.computeIfAbsent(passage, article::contains)) {
                    nodes.problem((Node) e[0], e[2] + " is not in the article: " + Safe.excerpt(passage),
                            "copy the passage verbatim from the article (differences of white space, quote marks, "
                                    + "dashes and case are ignored)");
                }
            }
        }

        private void checkRef(Node node, String ref, Set<String> known, String what) {
            if (!known.contains(ref)) {
                String suggestion = Suggest.closest(ref, known);
                nodes.problem(node, "no " + what + " with id '" + Safe.clean(ref) + "'"
                        + (suggestion != null ? " (did you mean '" + suggestion + "'?)" : ""));
            }
        }

        private <T> T missing(Node parent, String key) {
            nodes.problem(parent, "the briefing is missing '" + key + "'");
            return null;
        }

        private <T> List<T> items(Node node, String what, Function<Node, T> one) {
            if (node == null) return List.of();
            List<T> out = new ArrayList<>();
            for (Node item : nodes.list(node, what)) {
                T value = one.apply(item);
                if (value != null) out.add(value);
            }
            return out;
        }

        private String id(Map<String, Node> m, Node parent, String what, boolean unique) {
            String id = nodes.text(m, parent, "id", what);
            if (id == null) return null;
            Node node = m.get("id");
            if (!Checks.isSlug(id)) {
                nodes.problem(node, "id '" + Safe.clean(id) + "' is not a slug",
                        "use lower-case letters, digits and - _ . (for example 'trade-volume')");
                return null;
            }
            if (unique && id.startsWith(DERIVED_PREFIX)) {
                nodes.problem(node, "ids starting with '" + DERIVED_PREFIX + "' are kept for the questions brief derives",
                        "choose another id");
                return null;
            }
            if (unique) {
                Node first = ids.putIfAbsent(id, node);
                if (first != null) {
                    nodes.problem(node, "duplicate id '" + id + "' (first used at line "
                            + (first.getStartMark().getLine() + 1) + ")", "every id must be unique in its file");
                    return null;
                }
            }
            return id;
        }

        private Evidence evidence(Map<String, Node> m, Node parent, String what) {
            String passage = nodes.text(m, parent, "evidence", what);
            if (passage == null) return null;
            evidence.add(new Object[] {m.get("evidence"), passage, "the evidence of " + what});
            return new Evidence(passage);
        }

        private <E extends Enum<E>> E word(Map<String, Node> m, Node parent, String key, String what,
                                           Class<E> type) {
            String value = nodes.text(m, parent, key, what);
            if (value == null) return null;
            for (E e : type.getEnumConstants()) {
                if (e.name().toLowerCase(Locale.ROOT).equals(value)) return e;
            }
            List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                    .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
            String suggestion = Suggest.closest(value, allowed);
            nodes.problem(m.get(key), what + " " + key + " '" + Safe.clean(value) + "' is not one of "
                    + String.join(", ", allowed) + (suggestion != null ? " (did you mean '" + suggestion + "'?)" : ""));
            return null;
        }

        private Source source(Node node) {
            Map<String, Node> m = nodes.mapping(node, "source", SOURCE);
            if (m == null) return null;
            sourcePathNode = m.getOrDefault("path", node);
            String path = nodes.text(m, node, "path", "source");
            String title = nodes.text(m, node, "title", "source");
            String outlet = nodes.text(m, node, "outlet", "source");
            SourceKind kind = word(m, node, "kind", "source", SourceKind.class);
            String published = nodes.optionalText(m, "published", "source");
            String perspective = nodes.text(m, node, "perspective", "source");
            if (path == null || title == null || outlet == null || kind == null || perspective == null) return null;
            return construct(node, () -> new Source(path, title, outlet, kind, published, perspective));
        }

        private Derivation derive(Node node) {
            Map<String, Node> m = nodes.mapping(node, "derive", DERIVE);
            if (m == null) return null;
            boolean[] flags = new boolean[4];
            String[] names = {"figures", "quotes", "people", "timeline"};
            for (int i = 0; i < names.length; i++) {
                Node v = m.get(names[i]);
                Boolean b = v == null ? Boolean.TRUE : nodes.bool(v, "derive " + names[i]);
                flags[i] = b == null || b;
            }
            return new Derivation(flags[0], flags[1], flags[2], flags[3]);
        }

        private Card card(Node node) {
            Map<String, Node> m = nodes.mapping(node, "a card", CARD);
            if (m == null) return null;
            String id = id(m, node, "a card", true);
            if (id != null) cardIds.add(id);
            String title = nodes.text(m, node, "title", "card " + id);
            String topic = nodes.text(m, node, "topic", "card " + id);
            if (!m.containsKey("points")) nodes.problem(node, "card " + id + " is missing 'points'");
            List<Point> points = items(m.get("points"), "points", this::point);
            if (m.containsKey("points") && points.isEmpty() && nodes.list(m.get("points"), "points").isEmpty()) {
                nodes.problem(m.get("points"), "card " + id + " has no points");
            }
            if (id == null || title == null || topic == null || points.isEmpty()) return null;
            return construct(node, () -> new Card(id, title, topic, points));
        }

        private Point point(Node node) {
            Map<String, Node> m = nodes.mapping(node, "a point", POINT);
            if (m == null) return null;
            String id = id(m, node, "a point", true);
            String what = "point " + (id == null ? "" : id);
            String text = nodes.text(m, node, "text", what);
            PointKind kind = word(m, node, "kind", what, PointKind.class);
            Evidence evidence = evidence(m, node, what);
            if (id == null || text == null || kind == null || evidence == null) return null;
            return construct(node, () -> new Point(id, text, kind, evidence));
        }

        private Figure figure(Node node) {
            Map<String, Node> m = nodes.mapping(node, "a figure", FIGURE);
            if (m == null) return null;
            String id = id(m, node, "a figure", true);
            String what = "figure " + id;
            String value = nodes.text(m, node, "value", what);
            String label = nodes.text(m, node, "label", what);
            Evidence evidence = evidence(m, node, what);
            String asOf = nodes.optionalText(m, "as_of", what);
            String attributedTo = nodes.optionalText(m, "attributed_to", what);
            if (id == null || value == null || label == null || evidence == null) return null;
            return construct(node, () -> new Figure(id, value, label, evidence, asOf, attributedTo));
        }

        private Person person(Node node) {
            Map<String, Node> m = nodes.mapping(node, "a person", PERSON);
            if (m == null) return null;
            String id = id(m, node, "a person", true);
            if (id != null) personIds.add(id);
            String what = "person " + id;
            String name = nodes.text(m, node, "name", what);
            String role = nodes.text(m, node, "role", what);
            Evidence evidence = evidence(m, node, what);
            if (id == null || name == null || role == null || evidence == null) return null;
            return construct(node, () -> new Person(id, name, role, evidence));
        }

        private Organization organization(Node node) {
            Map<String, Node> m = nodes.mapping(node, "an organization", ORGANIZATION);
            if (m == null) return null;
            String id = id(m, node, "an organization", true);
            String what = "organization " + id;
            String name = nodes.text(m, node, "name", what);
            String whatItIs = nodes.text(m, node, "what", what);
            Evidence evidence = evidence(m, node, what);
            if (id == null || name == null || whatItIs == null || evidence == null) return null;
            return construct(node, () -> new Organization(id, name, whatItIs, evidence));
        }

        private Quote quote(Node node) {
            Map<String, Node> m = nodes.mapping(node, "a quote", QUOTE);
            if (m == null) return null;
            String id = id(m, node, "a quote", true);
            String what = "quote " + id;
            String speaker = nodes.text(m, node, "speaker", what);
            String text = nodes.text(m, node, "text", what);
            String context = nodes.text(m, node, "context", what);
            if (speaker != null) speakerRefs.add(new Object[] {m.get("speaker"), speaker});
            if (text != null) evidence.add(new Object[] {m.get("text"), text, "the text of " + what});
            if (id == null || speaker == null || text == null || context == null) return null;
            return construct(node, () -> new Quote(id, speaker, text, context));
        }

        private TimelineEvent event(Node node) {
            Map<String, Node> m = nodes.mapping(node, "a timeline entry", EVENT);
            if (m == null) return null;
            String id = id(m, node, "a timeline entry", true);
            String what = "timeline entry " + id;
            String when = nodes.text(m, node, "when", what);
            String whatHappened = nodes.text(m, node, "what", what);
            Evidence evidence = evidence(m, node, what);
            if (id == null || when == null || whatHappened == null || evidence == null) return null;
            return construct(node, () -> new TimelineEvent(id, when, whatHappened, evidence));
        }

        private Question question(Node node) {
            Map<String, Node> all = nodes.mapping(node, "a question", ANY_QUESTION);
            if (all == null) return null;
            String typeWord = nodes.text(all, node, "type", "a question");
            QuestionType type = typeWord == null ? null : QuestionType.of(typeWord).orElse(null);
            if (typeWord != null && type == null) {
                List<String> allowed = java.util.Arrays.stream(QuestionType.values()).map(QuestionType::word).toList();
                String s = Suggest.closest(typeWord, allowed);
                nodes.problem(all.get("type"), "question type '" + Safe.clean(typeWord) + "' is not one of "
                        + String.join(", ", allowed) + (s != null ? " (did you mean '" + s + "'?)" : ""));
            }
            if (type != null) {
                for (Map.Entry<String, Node> e : all.entrySet()) {
                    if (!QUESTION.get(type).contains(e.getKey())) {
                        nodes.problem(e.getValue(), "'" + e.getKey() + "' does not apply to a " + type.word()
                                + " question", "keys of a " + type.word() + " question: "
                                + String.join(", ", QUESTION.get(type)));
                    }
                }
            }
            String id = id(all, node, "a question", true);
            String what = "question " + id;
            String prompt = nodes.text(all, node, "prompt", what);
            String card = nodes.text(all, node, "card", what);
            if (card != null) cardRefs.add(new Object[] {all.get("card"), card});
            Integer difficulty = null;
            if (!all.containsKey("difficulty")) {
                nodes.problem(node, what + " is missing 'difficulty'", "1, 2 or 3: the points it is worth");
            } else {
                difficulty = nodes.integer(all.get("difficulty"), what + " difficulty");
                if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
                    nodes.problem(all.get("difficulty"), what + " difficulty must be 1, 2 or 3, not " + difficulty);
                    difficulty = null;
                }
            }
            String hint = nodes.optionalText(all, "hint", what);
            String explain = nodes.text(all, node, "explain", what);
            Evidence evidence = evidence(all, node, what);
            if (type == null || id == null || prompt == null || card == null || difficulty == null
                    || explain == null || evidence == null) {
                return null;
            }
            int points = difficulty;
            Stem stem = construct(node, () -> new Stem(id, prompt, card, points, explain, evidence, hint, false));
            return stem == null ? null : answerOf(type, stem, all, node, what);
        }

        private Question answerOf(QuestionType type, Stem stem, Map<String, Node> m, Node node, String what) {
            switch (type) {
                case CHOICE: {
                    List<Option> options = options(m, node, what);
                    String answer = nodes.text(m, node, "answer", what);
                    if (options == null || answer == null) return null;
                    if (options.stream().noneMatch(o -> o.id().equals(answer))) {
                        nodes.problem(m.get("answer"), what + " answer '" + Safe.clean(answer)
                                + "' is not one of its options (" + optionIds(options) + ")");
                        return null;
                    }
                    return construct(node, () -> new Question.Choice(stem, options, answer));
                }
                case MULTI: {
                    List<Option> options = options(m, node, what);
                    if (!m.containsKey("answers")) {
                        nodes.problem(node, what + " is missing 'answers'");
                        return null;
                    }
                    List<String> answers = new ArrayList<>();
                    for (Node a : nodes.list(m.get("answers"), what + " answers")) {
                        String id = nodes.scalarText(a, what + " answer");
                        if (id == null) continue;
                        if (options != null && options.stream().noneMatch(o -> o.id().equals(id))) {
                            nodes.problem(a, what + " answer '" + Safe.clean(id) + "' is not one of its options ("
                                    + optionIds(options) + ")");
                        } else if (answers.contains(id)) {
                            nodes.problem(a, what + " lists answer '" + id + "' twice");
                        } else {
                            answers.add(id);
                        }
                    }
                    if (answers.isEmpty()) nodes.problem(m.get("answers"), what + " needs at least one answer");
                    if (options == null || answers.isEmpty()) return null;
                    return construct(node, () -> new Question.Multi(stem, options, answers));
                }
                case TRUEFALSE: {
                    if (!m.containsKey("answer")) {
                        nodes.problem(node, what + " is missing 'answer'", "true or false");
                        return null;
                    }
                    Boolean answer = nodes.bool(m.get("answer"), what + " answer");
                    return answer == null ? null : construct(node, () -> new Question.TrueFalse(stem, answer));
                }
                case CLOZE: {
                    if (!stem.prompt().contains(Question.Cloze.GAP)) {
                        nodes.problem(m.get("prompt"), what + " prompt has no " + Question.Cloze.GAP + " gap",
                                "mark where the answer goes with four underscores");
                        return null;
                    }
                    String answer = nodes.text(m, node, "answer", what);
                    List<String> accept = new ArrayList<>();
                    if (m.containsKey("accept")) {
                        for (Node a : nodes.list(m.get("accept"), what + " accept")) {
                            String alt = nodes.scalarText(a, what + " accept");
                            if (alt != null) accept.add(alt);
                        }
                    }
                    return answer == null ? null : construct(node, () -> new Question.Cloze(stem, answer, accept));
                }
                case NUMERIC: {
                    if (!m.containsKey("answer")) {
                        nodes.problem(node, what + " is missing 'answer'");
                        return null;
                    }
                    Double answer = nodes.number(m.get("answer"), what + " answer");
                    Double tolerance = m.containsKey("tolerance") ? nodes.number(m.get("tolerance"), what + " tolerance")
                            : Double.valueOf(0);
                    if (tolerance != null && tolerance < 0) {
                        nodes.problem(m.get("tolerance"), what + " tolerance must be zero or more");
                        return null;
                    }
                    String unit = nodes.optionalText(m, "unit", what);
                    if (answer == null || tolerance == null) return null;
                    return construct(node, () -> new Question.Numeric(stem, answer, tolerance, unit));
                }
                case ORDER: {
                    if (!m.containsKey("items")) {
                        nodes.problem(node, what + " is missing 'items'", "list the items in the right order");
                        return null;
                    }
                    List<Item> items = subItems(m.get("items"), what, "item", ITEM,
                            (n, im, id) -> {
                                String text = nodes.text(im, n, "text", what + " item " + id);
                                return text == null ? null : new Item(id, text);
                            });
                    if (items == null) return null;
                    if (items.size() < 2) {
                        nodes.problem(m.get("items"), what + " needs at least two items to order");
                        return null;
                    }
                    return construct(node, () -> new Question.Order(stem, items));
                }
                case MATCH: {
                    if (!m.containsKey("pairs")) {
                        nodes.problem(node, what + " is missing 'pairs'", "list each left item with its right item");
                        return null;
                    }
                    List<Pair> pairs = subItems(m.get("pairs"), what, "pair", PAIR,
                            (n, pm, id) -> {
                                String left = nodes.text(pm, n, "left", what + " pair " + id);
                                String right = nodes.text(pm, n, "right", what + " pair " + id);
                                return left == null || right == null ? null : new Pair(id, left, right);
                            });
                    if (pairs == null) return null;
                    if (pairs.size() < 2) {
                        nodes.problem(m.get("pairs"), what + " needs at least two pairs to match");
                        return null;
                    }
                    return construct(node, () -> new Question.Match(stem, pairs));
                }
                default:
                    throw new IllegalStateException("every question type is handled above: " + type);
            }
        }

        private static String optionIds(List<Option> options) {
            return String.join(", ", options.stream().map(Option::id).toList());
        }

        private List<Option> options(Map<String, Node> m, Node node, String what) {
            if (!m.containsKey("options")) {
                nodes.problem(node, what + " is missing 'options'");
                return null;
            }
            List<Option> options = subItems(m.get("options"), what, "option", OPTION, (n, om, id) -> {
                String text = nodes.text(om, n, "text", what + " option " + id);
                String why = nodes.optionalText(om, "why", what + " option " + id);
                return text == null ? null : new Option(id, text, why);
            });
            if (options != null && options.size() < 2) {
                nodes.problem(m.get("options"), what + " needs at least two options");
                return null;
            }
            return options;
        }

        private interface SubItem<T> {
            T make(Node node, Map<String, Node> m, String id);
        }

        /** Items of a question (options, order items, pairs): ids unique within the question. */
        private <T> List<T> subItems(Node listNode, String what, String kind, Set<String> keys, SubItem<T> make) {
            List<T> out = new ArrayList<>();
            Map<String, Node> local = new HashMap<>();
            boolean ok = true;
            for (Node n : nodes.list(listNode, what + " " + kind + "s")) {
                Map<String, Node> m = nodes.mapping(n, what + " " + kind, keys);
                if (m == null) {
                    ok = false;
                    continue;
                }
                String id = id(m, n, what + " " + kind, false);
                if (id == null) {
                    ok = false;
                    continue;
                }
                if (local.putIfAbsent(id, m.get("id")) != null) {
                    nodes.problem(m.get("id"), what + " has two " + kind + "s with id '" + id + "'");
                    ok = false;
                    continue;
                }
                T value = make.make(n, m, id);
                if (value == null) ok = false;
                else out.add(value);
            }
            return ok ? out : null;
        }

        private <T> T construct(Node node, java.util.function.Supplier<T> make) {
            try {
                return make.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                nodes.problem(node, Safe.clean(String.valueOf(e.getMessage())));
                return null;
            }
        }
    }
}
