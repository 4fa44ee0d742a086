package brief.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
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

    /** The root node of the document, or every reason there is none. */
    static Node compose(String name, byte[] bytes) throws ContentException {
        if (bytes.length > MAX_BYTES) throw tooLarge(name, bytes.length);
        return compose(name, decode(name, bytes));
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
            throw new ContentException(syntax(name, text, e));
        } catch (YAMLException e) {
            // The alias, depth and size limits throw without a mark.
            throw new ContentException(new Problem(name, 0, 0, limitMessage(e.getMessage()),
                    "briefings are plain YAML documents of modest size"));
        } catch (StackOverflowError e) {
            throw new ContentException(Problem.at(name, "nesting is too deep"));
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
