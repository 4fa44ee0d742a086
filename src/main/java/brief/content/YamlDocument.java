package brief.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentLine;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A briefing file's bytes as a YAML node tree: size and encoding checked, composed within limits, and every
 * SnakeYAML error turned into a problem at its line and column.
 */
final class YamlDocument {
    /** Files larger than this are refused before parsing. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    static final int MAX_ALIASES = 50;
    static final int MAX_DEPTH = 64;
    private static final String GLOBAL_TAG = "Global tag is not allowed:";

    private YamlDocument() {}

    /**
     * The root node of the document, or every reason there is none. Each node is checked by {@link Nodes#check} as
     * it is made, while it is fresh in memory, rather than in a second walk over the whole tree.
     */
    static Node compose(String name, byte[] bytes, Nodes checks) throws ContentException {
        if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
        return compose(name, decode(name, bytes), checks);
    }

    /** The refusal of a briefing file over {@link #MAX_BYTES}, naming its real size. */
    static ContentException tooLarge(String name, long size) {
        return new ContentException(new Problem(name, 0, 0, String.format(
                "file is too large (%,d bytes; the limit is %,d)", size, MAX_BYTES),
                "a briefing is one article's worth of content: split it or remove what is not needed"));
    }

    private static String decode(String name, byte[] bytes) throws ContentException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // Plain decoding puts U+FFFD for bytes that are not UTF-8: only then is the file decoded again, strictly, to tell.
        if (text.indexOf('\uFFFD') >= 0) text = strict(name, bytes);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String strict(String name, byte[] bytes) throws ContentException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ContentException(new Problem(name, 0, 0, "is not valid UTF-8 text",
                    "save the file as UTF-8"));
        }
    }

    private static Node compose(String name, String text, Nodes checks) throws ContentException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setProcessComments(false);
        // Only the composer: no constructor, so no object is ever built from the document, and nothing of
        // SnakeYAML's emitting side is loaded (it costs start-up time).
        Composer composer = new Checking(new ParserImpl(new StreamReader(text), options), options, checks);
        try {
            Node root = composer.getSingleNode();
            if (root == null) throw new ContentException(Problem.at(name, "is empty"));
            return root;
        } catch (MarkedYAMLException e) {
            throw new ContentException(syntax(name, text, e));
        } catch (YAMLException e) {
            // The alias, depth and size limits throw without a mark.
            throw new ContentException(new Problem(name, 0, 0, limitMessage(e.getMessage()),
                    "briefings are plain YAML documents of modest size"));
        } catch (StackOverflowError e) {
            throw new ContentException(Problem.at(name, "nesting is too deep"));
        }
    }

    /** SnakeYAML's composer, checking each node it makes. */
    private static final class Checking extends Composer {
        private final Nodes checks;

        Checking(ParserImpl parser, LoaderOptions options, Nodes checks) {
            super(parser, new PlainResolver(), options);
            this.checks = checks;
        }

        @Override
        protected Node composeScalarNode(String anchor, List<CommentLine> blockComments) {
            return checked(() -> super.composeScalarNode(anchor, blockComments));
        }

        @Override
        protected Node composeSequenceNode(String anchor) {
            return checked(() -> super.composeSequenceNode(anchor));
        }

        @Override
        protected Node composeMappingNode(String anchor) {
            return checked(() -> super.composeMappingNode(anchor));
        }

        /** The node, checked; a tag the library refuses without a mark ("!a b ") is told where it stands. */
        private Node checked(java.util.function.Supplier<Node> compose) {
            org.yaml.snakeyaml.error.Mark at = parser.peekEvent().getStartMark();
            try {
                return checks.check(compose.get());
            } catch (IllegalArgumentException e) {
                throw new Refused(e.getMessage(), at);
            }
        }
    }

    /** What the library refuses with no mark of its own, with the mark of where it stands. */
    private static final class Refused extends MarkedYAMLException {
        Refused(String message, org.yaml.snakeyaml.error.Mark at) {
            super(null, null, message, at);
        }
    }

    /**
     * SnakeYAML's resolver, giving the same tag for every value. A value whose first character no pattern is kept
     * for is tried against the patterns kept for any value (null, the empty value) with a matcher kept for each,
     * rather than one made a value: the library makes two for nearly every key of the file.
     */
    private static final class PlainResolver extends Resolver {
        private record AnyValue(Tag tag, Matcher matcher, int limit) {}

        private Set<Character> firsts;
        private List<AnyValue> any;

        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            super.addImplicitResolver(tag, regexp, first, limit);
            // Called by the library's constructor, before this class's fields are set.
            if (firsts == null) {
                firsts = new HashSet<>();
                any = new ArrayList<>();
            }
            // As the library files them: the NUL character stands for no first character.
            if (first == null || first.indexOf('\0') >= 0) any.add(new AnyValue(tag, regexp.matcher(""), limit));
            if (first != null) {
                for (char c : first.toCharArray()) {
                    if (c != '\0') firsts.add(c);
                }
            }
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind != NodeId.scalar || !implicit || value.isEmpty() || firsts.contains(value.charAt(0))) {
                return super.resolve(kind, value, implicit);
            }
            for (AnyValue a : any) {
                if (value.length() <= a.limit() && a.matcher().reset(value).matches()) return a.tag();
            }
            return Tag.STR;
        }
    }

    private static Problem syntax(String name, String text, MarkedYAMLException e) {
        var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        String problem = e.getProblem() != null ? e.getProblem() : String.valueOf(e.getMessage());
        Problem plain = mark == null ? null : YamlMistakes.explain(name, text, problem, mark.getLine() + 1, mark.getColumn() + 1);
        if (plain != null) return plain;
        String message = problem.startsWith(GLOBAL_TAG)
                ? "tag '" + Safe.clean(problem.substring(GLOBAL_TAG.length()).strip()) + "' is not allowed"
                : "YAML syntax: " + Safe.clean(problem);
        if (mark == null) return Problem.at(name, message);
        return new Problem(name, mark.getLine() + 1, mark.getColumn() + 1, message, null);
    }

    private static String limitMessage(String message) {
        String m = message == null ? "" : message;
        if (m.contains("aliases")) return "too many aliases (the limit is " + MAX_ALIASES + "): refused as a possible alias bomb";
        if (m.contains("Nesting Depth")) return "nesting is deeper than " + MAX_DEPTH + " levels";
        if (m.contains("code points")) return "file is too large for a briefing";
        return "cannot be read as YAML: " + Safe.clean(m);
    }
}
