package brief.content;

import brief.content.References.Target;
import brief.model.Evidence;
import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Question;
import brief.model.QuestionType;
import brief.model.Spelling;
import brief.model.Stem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/** Maps an authored question to its record: the stem every type shares, then one method per type. */
final class QuestionMapper {
    private static final List<String> STEM = List.of("id", "type", "prompt", "card", "difficulty", "hint", "explain",
            "evidence");
    static final Map<QuestionType, Set<String>> KEYS = Map.of(
            QuestionType.CHOICE, keys("options", "answer"),
            QuestionType.MULTI, keys("options", "answers"),
            QuestionType.TRUEFALSE, keys("answer"),
            QuestionType.CLOZE, keys("answer", "accept"),
            QuestionType.NUMERIC, keys("answer", "tolerance", "unit"),
            QuestionType.ORDER, keys("items"),
            QuestionType.MATCH, keys("pairs"));
    /** Every key some question type takes, in the order of the types: what a question's mapping may hold. */
    private static final Set<String> ANY = anyKeys();
    private static final Set<String> OPTION = Sections.keys("id", "text", "why");
    private static final Set<String> ITEM = Sections.keys("id", "text");
    private static final Set<String> PAIR = Sections.keys("id", "left", "right");

    private final Nodes nodes;
    private final References refs;

    QuestionMapper(Nodes nodes, References refs) {
        this.nodes = nodes;
        this.refs = refs;
    }

    /** A question of the file's {@code questions}; null when it has a problem (each one reported). */
    Question question(Node node) {
        Map<String, Node> m = nodes.mapping(node, "a question", ANY);
        if (m == null) return null;
        QuestionType type = type(m, node);
        String id = refs.id(m, node, "a question", true);
        String what = "question " + id;
        String prompt = nodes.text(m, node, "prompt", what);
        String card = nodes.text(m, node, "card", what);
        refs.refers(m.get("card"), Target.CARD, card);
        Integer difficulty = difficulty(m, node, what);
        String hint = nodes.optionalText(m, "hint", what);
        String explain = nodes.text(m, node, "explain", what);
        Evidence evidence = refs.evidence(m, node, what);
        if (type == null || id == null || prompt == null || card == null || difficulty == null
                || explain == null || evidence == null) {
            return null;
        }
        Stem stem = nodes.construct(node, () -> new Stem(id, prompt, card, difficulty, explain, evidence, hint, false));
        if (stem == null) return null;
        Written q = new Written(stem, m, node, what);
        return switch (type) {
            case CHOICE -> choice(q);
            case MULTI -> multi(q);
            case TRUEFALSE -> trueFalse(q);
            case CLOZE -> cloze(q);
            case NUMERIC -> numeric(q);
            case ORDER -> order(q);
            case MATCH -> match(q);
        };
    }

    /** A question as written: its stem, its keys, where it is, and how messages name it. */
    private record Written(Stem stem, Map<String, Node> keys, Node node, String what) {}

    /** The question's type, with the keys that do not apply to it reported; null when it has none. */
    private QuestionType type(Map<String, Node> m, Node node) {
        String word = nodes.text(m, node, "type", "a question");
        if (word == null) return null;
        QuestionType type = QuestionType.of(word).orElse(null);
        if (type == null) {
            List<String> allowed = Arrays.stream(QuestionType.values()).map(QuestionType::word).toList();
            String s = Spelling.closest(word, allowed);
            nodes.problem(m.get("type"), "question type '" + Safe.clean(word) + "' is not one of "
                    + String.join(", ", allowed) + (s != null ? " (did you mean '" + s + "'?)" : ""));
            return null;
        }
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!KEYS.get(type).contains(e.getKey())) {
                nodes.problem(e.getValue(), "'" + e.getKey() + "' does not apply to a " + type.word()
                        + " question", "keys of a " + type.word() + " question: " + String.join(", ", KEYS.get(type)));
            }
        }
        return type;
    }

    private Integer difficulty(Map<String, Node> m, Node node, String what) {
        if (!m.containsKey("difficulty")) {
            nodes.problem(node, what + " is missing 'difficulty'", "1, 2 or 3: the points it is worth");
            return null;
        }
        Integer difficulty = nodes.integer(m.get("difficulty"), what + " difficulty");
        if (difficulty != null && (difficulty < 1 || difficulty > 3)) {
            nodes.problem(m.get("difficulty"), what + " difficulty must be 1, 2 or 3, not " + difficulty);
            return null;
        }
        return difficulty;
    }

    private Question choice(Written q) {
        List<Option> options = options(q);
        String answer = nodes.text(q.keys(), q.node(), "answer", q.what());
        if (options == null || answer == null) return null;
        if (options.stream().noneMatch(o -> o.id().equals(answer))) {
            nodes.problem(q.keys().get("answer"), q.what() + " answer '" + Safe.clean(answer)
                    + "' is not one of its options (" + optionIds(options) + ")");
            return null;
        }
        return nodes.construct(q.node(), () -> new Question.Choice(q.stem(), options, answer));
    }

    private Question multi(Written q) {
        List<Option> options = options(q);
        Node answersNode = q.keys().get("answers");
        if (answersNode == null) {
            nodes.problem(q.node(), q.what() + " is missing 'answers'");
            return null;
        }
        List<String> answers = new ArrayList<>();
        for (Node a : nodes.list(answersNode, q.what() + " answers")) {
            String id = nodes.scalarText(a, q.what() + " answer");
            if (id == null) continue;
            if (options != null && options.stream().noneMatch(o -> o.id().equals(id))) {
                nodes.problem(a, q.what() + " answer '" + Safe.clean(id) + "' is not one of its options ("
                        + optionIds(options) + ")");
            } else if (answers.contains(id)) {
                nodes.problem(a, q.what() + " lists answer '" + id + "' twice");
            } else {
                answers.add(id);
            }
        }
        if (answers.isEmpty()) nodes.problem(answersNode, q.what() + " needs at least one answer");
        if (options == null || answers.isEmpty()) return null;
        return nodes.construct(q.node(), () -> new Question.Multi(q.stem(), options, answers));
    }

    private Question trueFalse(Written q) {
        if (!q.keys().containsKey("answer")) {
            nodes.problem(q.node(), q.what() + " is missing 'answer'", "true or false");
            return null;
        }
        Boolean answer = nodes.bool(q.keys().get("answer"), q.what() + " answer");
        return answer == null ? null : nodes.construct(q.node(), () -> new Question.TrueFalse(q.stem(), answer));
    }

    private Question cloze(Written q) {
        if (!q.stem().prompt().contains(Question.Cloze.GAP)) {
            nodes.problem(q.keys().get("prompt"), q.what() + " prompt has no " + Question.Cloze.GAP + " gap",
                    "mark where the answer goes with four underscores");
            return null;
        }
        String answer = nodes.text(q.keys(), q.node(), "answer", q.what());
        List<String> accept = new ArrayList<>();
        if (q.keys().containsKey("accept")) {
            for (Node a : nodes.list(q.keys().get("accept"), q.what() + " accept")) {
                String alternative = nodes.scalarText(a, q.what() + " accept");
                if (alternative != null) accept.add(alternative);
            }
        }
        return answer == null ? null : nodes.construct(q.node(), () -> new Question.Cloze(q.stem(), answer, accept));
    }

    private Question numeric(Written q) {
        Map<String, Node> m = q.keys();
        if (!m.containsKey("answer")) {
            nodes.problem(q.node(), q.what() + " is missing 'answer'");
            return null;
        }
        Double answer = nodes.number(m.get("answer"), q.what() + " answer");
        Double tolerance = m.containsKey("tolerance") ? nodes.number(m.get("tolerance"), q.what() + " tolerance")
                : Double.valueOf(0);
        if (tolerance != null && tolerance < 0) {
            nodes.problem(m.get("tolerance"), q.what() + " tolerance must be zero or more");
            return null;
        }
        String unit = nodes.optionalText(m, "unit", q.what());
        if (answer == null || tolerance == null) return null;
        return nodes.construct(q.node(), () -> new Question.Numeric(q.stem(), answer, tolerance, unit));
    }

    private Question order(Written q) {
        if (!q.keys().containsKey("items")) {
            nodes.problem(q.node(), q.what() + " is missing 'items'", "list the items in the right order");
            return null;
        }
        List<Item> items = parts(q, "items", "item", ITEM, (n, m, id) -> {
            String text = nodes.text(m, n, "text", q.what() + " item " + id);
            return text == null ? null : new Item(id, text);
        });
        if (items == null) return null;
        if (items.size() < 2) {
            nodes.problem(q.keys().get("items"), q.what() + " needs at least two items to order");
            return null;
        }
        return nodes.construct(q.node(), () -> new Question.Order(q.stem(), items));
    }

    private Question match(Written q) {
        if (!q.keys().containsKey("pairs")) {
            nodes.problem(q.node(), q.what() + " is missing 'pairs'", "list each left item with its right item");
            return null;
        }
        List<Pair> pairs = parts(q, "pairs", "pair", PAIR, (n, m, id) -> {
            String left = nodes.text(m, n, "left", q.what() + " pair " + id);
            String right = nodes.text(m, n, "right", q.what() + " pair " + id);
            return left == null || right == null ? null : new Pair(id, left, right);
        });
        if (pairs == null) return null;
        if (pairs.size() < 2) {
            nodes.problem(q.keys().get("pairs"), q.what() + " needs at least two pairs to match");
            return null;
        }
        return nodes.construct(q.node(), () -> new Question.Match(q.stem(), pairs));
    }

    private List<Option> options(Written q) {
        if (!q.keys().containsKey("options")) {
            nodes.problem(q.node(), q.what() + " is missing 'options'");
            return null;
        }
        List<Option> options = parts(q, "options", "option", OPTION, (n, m, id) -> {
            String text = nodes.text(m, n, "text", q.what() + " option " + id);
            String why = nodes.optionalText(m, "why", q.what() + " option " + id);
            return text == null ? null : new Option(id, text, why);
        });
        if (options != null && options.size() < 2) {
            nodes.problem(q.keys().get("options"), q.what() + " needs at least two options");
            return null;
        }
        return options;
    }

    private static String optionIds(List<Option> options) {
        return String.join(", ", options.stream().map(Option::id).toList());
    }

    /** Builds one part of a question (an option, an item, a pair) from its mapping and its id. */
    private interface Part<T> {
        T make(Node node, Map<String, Node> m, String id);
    }

    /** The parts listed under {@code key}, ids unique within the question; null when any has a problem. */
    private <T> List<T> parts(Written q, String key, String kind, Set<String> allowed, Part<T> make) {
        List<T> out = new ArrayList<>();
        Map<String, Node> local = new HashMap<>();
        boolean ok = true;
        for (Node n : nodes.list(q.keys().get(key), q.what() + " " + kind + "s")) {
            Map<String, Node> m = nodes.mapping(n, q.what() + " " + kind, allowed);
            String id = m == null ? null : refs.id(m, n, q.what() + " " + kind, false);
            if (id == null) {
                ok = false;
            } else if (local.putIfAbsent(id, m.get("id")) != null) {
                nodes.problem(m.get("id"), q.what() + " has two " + kind + "s with id '" + id + "'");
                ok = false;
            } else {
                T value = make.make(n, m, id);
                if (value == null) ok = false;
                else out.add(value);
            }
        }
        return ok ? out : null;
    }

    private static Set<String> keys(String... extra) {
        Set<String> all = new LinkedHashSet<>(STEM);
        all.addAll(List.of(extra));
        return all;
    }

    private static Set<String> anyKeys() {
        Set<String> all = new LinkedHashSet<>();
        for (QuestionType type : QuestionType.values()) all.addAll(KEYS.get(type));
        return Collections.unmodifiableSet(all);
    }
}
