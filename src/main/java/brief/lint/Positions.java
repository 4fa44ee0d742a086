package brief.lint;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Where each list item of a briefing file, and each of its keys, starts: so that a finding about a question can
 * be reported at its {@code line:col}. Read from a file that has already loaded, so it is well formed.
 */
public final class Positions {
    /** A 1-based line and column. */
    public record At(int line, int column) {}

    private final Map<String, At> at;

    private Positions(Map<String, At> at) {
        this.at = at;
    }

    /** The positions in a briefing file's text; none when it cannot be read as YAML. */
    public static Positions of(String yaml) {
        Map<String, At> at = new HashMap<>();
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            options.setNestingDepthLimit(64);
            Node root = new Composer(new ParserImpl(new StreamReader(yaml), options), new Resolver(), options).getSingleNode();
            if (root instanceof MappingNode m) {
                for (NodeTuple section : m.getValue()) {
                    if (section.getKeyNode() instanceof ScalarNode name && section.getValueNode() instanceof SequenceNode list) {
                        at.put(name.getValue(), of(section.getKeyNode()));
                        items(name.getValue(), list, at);
                    }
                }
            }
        } catch (YAMLException e) {
            return new Positions(Map.of());
        }
        return new Positions(at);
    }

    private static void items(String section, SequenceNode list, Map<String, At> at) {
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode m)) continue;
            String id = null;
            Map<String, At> keys = new HashMap<>();
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
                keys.put(key.getValue(), of(t.getValueNode()));
                if (key.getValue().equals("id") && t.getValueNode() instanceof ScalarNode v) id = v.getValue();
            }
            if (id == null) continue;
            at.putIfAbsent(section + "/" + id, of(item));
            for (Map.Entry<String, At> k : keys.entrySet()) at.putIfAbsent(section + "/" + id + "/" + k.getKey(), k.getValue());
        }
    }

    private static At of(Node node) {
        return new At(node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** Where a finding lies: its key, else its item, else its section; null when the file does not say. */
    public At of(Finding f) {
        if (f.item() != null && f.key() != null && at.containsKey(f.section() + "/" + f.item() + "/" + f.key())) {
            return at.get(f.section() + "/" + f.item() + "/" + f.key());
        }
        if (f.item() != null && at.containsKey(f.section() + "/" + f.item())) return at.get(f.section() + "/" + f.item());
        return at.get(f.section());
    }
}
