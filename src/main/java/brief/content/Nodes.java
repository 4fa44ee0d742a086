package brief.content;

import brief.model.Spelling;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Reads YAML nodes into plain values, reporting each problem at its node instead of stopping. */
final class Nodes {
    private static final Set<Tag> STANDARD_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL,
            Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    Nodes(String file) {
        this.file = file;
    }

    List<Problem> problems() {
        return problems;
    }

    void problem(Node node, String message) {
        problem(node, message, null);
    }

    void problem(Node node, String message, String hint) {
        if (node == null) {
            problems.add(new Problem(file, 0, 0, message, hint));
        } else {
            problems.add(new Problem(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1,
                    message, hint));
        }
    }

    /**
     * Rejects a tag other than YAML's standard ones, and control characters in text: each node of the tree is
     * checked once, as it is composed (an alias is the node it names, not a second one).
     */
    Node check(Node node) {
        Tag tag = node.getTag();
        // The resolver gives its own constants: a set is looked in only for a tag written out.
        boolean standard = tag == Tag.STR || tag == Tag.MAP || tag == Tag.SEQ || tag == Tag.INT || tag == Tag.NULL
                || tag == Tag.BOOL || STANDARD_TAGS.contains(tag);
        if (!standard) {
            problem(node, "tag " + Safe.quote(tag.getValue()) + " is not allowed", "briefings use plain YAML: remove the tag");
        }
        if (node instanceof ScalarNode s) {
            int bad = Safe.firstControlChar(s.getValue());
            if (bad >= 0) {
                problem(node, String.format("control character U+%04X in text", (int) s.getValue().charAt(bad)),
                        "remove it: terminal escape sequences and control characters are not allowed");
            }
        }
        return node;
    }

    /**
     * The entries of a mapping by key, reporting duplicate keys and keys not in {@code allowed}
     * (with a "did you mean" suggestion). Returns null when the node is not a mapping.
     */
    Map<String, Node> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            problem(node, what + " should be a mapping of keys to values, not " + kind(node));
            return null;
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            Node keyNode = t.getKeyNode();
            if (!(keyNode instanceof ScalarNode k)) {
                problem(keyNode, "keys must be plain words, not " + kind(keyNode));
                continue;
            }
            String key = k.getValue();
            // Only an allowed key is ever entered under its own name, so only one can be a duplicate.
            if (allowed.contains(key)) {
                if (entries.putIfAbsent(key, t.getValueNode()) != null) {
                    problem(keyNode, "duplicate key '" + Safe.clean(key) + "' in " + what);
                }
            } else {
                String suggestion = Spelling.closest(key, allowed);
                problem(keyNode, "unknown key '" + Safe.clean(key) + "' in " + what
                        + (suggestion != null ? " (did you mean '" + suggestion + "'?)" : ""),
                        "allowed here: " + String.join(", ", allowed.stream().sorted().toList()));
                // Read a likely typo as the key it was meant to be, so one slip is reported once, not again
                // as a missing key and as every reference to what it defines.
                if (suggestion != null && !map.getValue().stream().anyMatch(
                        o -> o.getKeyNode() instanceof ScalarNode ok && ok.getValue().equals(suggestion))) {
                    entries.putIfAbsent(suggestion, t.getValueNode());
                }
            }
        }
        return entries;
    }

    /** A required text value; null (with a problem) when it is missing or not text. */
    String text(Map<String, Node> m, Node parent, String key, String what) {
        Node node = m.get(key);
        if (node == null) {
            problem(parent, what + " is missing '" + key + "'");
            return null;
        }
        return scalarText(node, what + " " + key);
    }

    /** An optional text value: null when absent. */
    String optionalText(Map<String, Node> m, String key, String what) {
        Node node = m.get(key);
        if (node == null || isNull(node)) return null;
        return scalarText(node, what + " " + key);
    }

    String scalarText(Node node, String what) {
        if (!(node instanceof ScalarNode s) || isNull(node)) {
            problem(node, what + " should be text, not " + kind(node));
            return null;
        }
        if (s.getValue().isBlank()) {
            problem(node, what + " is empty");
            return null;
        }
        return s.getValue();
    }

    Integer integer(Node node, String what) {
        if (node instanceof ScalarNode s && !isNull(node)) {
            try {
                return Integer.valueOf(s.getValue().trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(node, what + " should be a whole number, not " + kind(node));
        return null;
    }

    Double number(Node node, String what) {
        if (node instanceof ScalarNode s && !isNull(node)) {
            try {
                double d = Double.parseDouble(s.getValue().trim().replace("_", ""));
                if (Double.isFinite(d)) return d;
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        problem(node, what + " should be a number, not " + kind(node));
        return null;
    }

    Boolean bool(Node node, String what) {
        if (node instanceof ScalarNode s && node.getTag().equals(Tag.BOOL)) {
            String v = s.getValue().toLowerCase(Locale.ROOT);
            if (v.equals("true") || v.equals("yes") || v.equals("on")) return true;
            if (v.equals("false") || v.equals("no") || v.equals("off")) return false;
        }
        problem(node, what + " should be true or false, not " + kind(node));
        return null;
    }

    /** The items of a list; an empty list (with a problem) when the node is not a list. */
    List<Node> list(Node node, String what) {
        if (node instanceof SequenceNode seq) return seq.getValue();
        if (!isNull(node)) problem(node, what + " should be a list, not " + kind(node));
        return List.of();
    }

    /** A word of a closed set (an enum's constants, in lower case), with the closest one when it is none of them. */
    <E extends Enum<E>> E word(Map<String, Node> m, Node parent, String key, String what, Class<E> type) {
        String value = text(m, parent, key, what);
        if (value == null) return null;
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(value)) return e;
        }
        List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        String suggestion = Spelling.closest(value, allowed);
        problem(m.get(key), what + " " + key + " '" + Safe.clean(value) + "' is not one of "
                + String.join(", ", allowed) + (suggestion != null ? " (did you mean '" + suggestion + "'?)" : ""));
        return null;
    }

    /** Each item of a list mapped by {@code one}; those it gives null for (having said why) are left out. */
    <T> List<T> items(Node node, String what, Function<Node, T> one) {
        if (node == null) return List.of();
        List<T> out = new ArrayList<>();
        for (Node item : list(node, what)) {
            T value = one.apply(item);
            if (value != null) out.add(value);
        }
        return out;
    }

    /** The record {@code make} builds, or null with the model's own refusal as the problem at {@code node}. */
    <T> T construct(Node node, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            problem(node, Safe.clean(String.valueOf(e.getMessage())));
            return null;
        }
    }

    static boolean isNull(Node node) {
        return node == null || node.getTag().equals(Tag.NULL);
    }

    static String kind(Node node) {
        if (node == null || isNull(node)) return "nothing";
        if (node instanceof MappingNode) return "a mapping";
        if (node instanceof SequenceNode) return "a list";
        ScalarNode s = (ScalarNode) node;
        String shown = s.getValue().length() > 40 ? s.getValue().substring(0, 40) + "…" : s.getValue();
        return "'" + Safe.clean(shown) + "'";
    }
}
