package brief.content;

import brief.model.Briefing;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the text of a briefing file into a {@link Briefing}, checking every rule of the format and reporting every
 * problem at its line and column. The work is done in steps: {@link YamlDocument} composes the node tree,
 * {@link Nodes} checks it, {@link Sections} and {@link QuestionMapper} map it to records, and {@link References}
 * checks what the parts say about each other and about the article.
 */
public final class BriefingLoader {
    /** Files larger than this are refused before parsing. */
    public static final int MAX_BYTES = YamlDocument.MAX_BYTES;
    /** Ids of derived questions start with this; authors may not use it. */
    public static final String DERIVED_PREFIX = References.DERIVED_PREFIX;

    /** Reads the article a briefing names, or explains why it cannot. */
    @FunctionalInterface
    public interface ArticleReader {
        Article read(String sourcePath) throws ContentException;
    }

    /** Parses and checks a briefing file's bytes; {@code name} is how problems name the file. */
    public LoadedBriefing load(String name, byte[] bytes, ArticleReader articles, String location)
            throws ContentException {
        Nodes nodes = new Nodes(name);
        Node root = YamlDocument.compose(name, bytes, nodes);
        if (!nodes.problems().isEmpty()) throw new ContentException(nodes.problems());
        References refs = new References(nodes);
        Sections sections = new Sections(nodes, refs);
        Briefing briefing = sections.briefing(root);
        if (briefing == null) throw new ContentException(nodes.problems());
        Article article;
        try {
            article = articles.read(briefing.source().path());
        } catch (ContentException e) {
            for (Problem p : e.problems()) nodes.problem(sections.sourcePath(), p.message(), p.hint());
            throw new ContentException(nodes.problems());
        }
        refs.ground(article);
        if (!nodes.problems().isEmpty()) throw new ContentException(nodes.problems());
        return new LoadedBriefing(briefing, article, location, refs.passages());
    }
}
