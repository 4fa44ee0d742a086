package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/** The loader composes and checks a file in one go: the tree and its tags must be SnakeYAML's own. */
class YamlDocumentTest {
    private static final String VALUES = String.join("\n", "empty:", "tilde: ~", "null: null", "Null: Null",
            "yes: yes", "No: No", "on: on", "off: OFF", "true: true", "int: 42", "negative: -7", "octal: 0o17",
            "hex: 0x1F", "float: 1.5", "exp: 1e3", "dot: .5", "inf: .inf", "date: 2026-03-01",
            "time: 2026-03-01 09:30:00", "text: The ferry runs at 9", "word: Ferry", "number 9: n9",
            "quoted: '42'", "double: \"yes\"", "tagged: !!str 12", "list: [a, 1, ~, '', x y]",
            "nested: {k: v, 3: three, ~: tilde}", "space: ' '", "");

    private static List<String> tags(Node node) {
        List<String> out = new ArrayList<>();
        walk(node, out);
        return out;
    }

    private static void walk(Node node, List<String> out) {
        String value = node instanceof ScalarNode s ? s.getValue() : node.getNodeId().name();
        out.add(value + " " + node.getTag().getValue() + " " + node.getStartMark().getLine() + ":"
                + node.getStartMark().getColumn());
        if (node instanceof SequenceNode seq) seq.getValue().forEach(n -> walk(n, out));
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                walk(t.getKeyNode(), out);
                walk(t.getValueNode(), out);
            }
        }
    }

    @Test
    void givesEveryValueTheTagSnakeYamlGivesIt() throws Exception {
        LoaderOptions options = new LoaderOptions();
        Node expected = new Composer(new ParserImpl(new StreamReader(VALUES), options), new Resolver(), options)
                .getSingleNode();
        Nodes checks = new Nodes("values.yaml");
        Node actual = YamlDocument.compose("values.yaml", VALUES.getBytes(StandardCharsets.UTF_8), checks);
        assertEquals(tags(expected), tags(actual));
        assertTrue(checks.problems().isEmpty(), checks.problems().toString());
    }

    @Test
    void refusesBytesThatAreNotUtf8ButKeepsAReplacementCharacterWritten() throws Exception {
        Nodes checks = new Nodes("values.yaml");
        Node root = YamlDocument.compose("values.yaml", "title: \uFFFD\n".getBytes(StandardCharsets.UTF_8), checks);
        assertEquals("\uFFFD", ((ScalarNode) ((MappingNode) root).getValue().get(0).getValueNode()).getValue());
        byte[] latin1 = "title: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> YamlDocument.compose("values.yaml", latin1, new Nodes("values.yaml")));
        assertEquals("is not valid UTF-8 text", e.problems().get(0).message());
    }

    @Test
    void tellsWhereATagTheLibraryRefusesStands() {
        byte[] yaml = "version: 1\ntitle: !x%20 Ferry\n".getBytes(StandardCharsets.UTF_8);
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> YamlDocument.compose("tags.yaml", yaml, new Nodes("tags.yaml")));
        Problem p = e.problems().get(0);
        assertEquals(2, p.line(), "the problem is on the line of the tag: " + p);
    }
}
