package brief.content;

import brief.model.Checks;
import brief.model.Evidence;
import brief.model.Spelling;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What a briefing's parts say about each other, gathered while mapping and checked once all is read: ids unique
 * in the file, questions naming cards and quotes naming people that exist, evidence found in the article.
 */
final class References {
    /** Ids of derived questions start with this; authors may not use it. */
    static final String DERIVED_PREFIX = "derived-";

    /** What a reference points to, in the words of its message. */
    enum Target {
        CARD("card"), PERSON("person");

        final String word;

        Target(String word) {
            this.word = word;
        }
    }

    /** A reference written at {@code node}: the id of a card or of a person. */
    private record Reference(Node node, Target target, String id) {}

    /** A passage written at {@code node} that must occur in the article; {@code what} names whose it is. */
    private record Passage(Node node, String text, String what) {}

    private final Nodes nodes;
    private final Map<String, Node> ids = new HashMap<>();
    /** Ids of every card and person written, even those with other problems, so references to them resolve. */
    private final Map<Target, Set<String>> known = Map.of(Target.CARD, new HashSet<>(), Target.PERSON, new HashSet<>());
    private final List<Reference> references = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();

    References(Nodes nodes) {
        this.nodes = nodes;
    }

    /**
     * The {@code id} of a mapping, checked to be a slug; when {@code unique}, also that no other item of the file
     * has it and that it is not kept for derived questions. Null (with a problem) when it is not usable.
     */
    String id(Map<String, Node> m, Node parent, String what, boolean unique) {
        String id = nodes.text(m, parent, "id", what);
        if (id == null) return null;
        Node node = m.get("id");
        if (!Checks.isSlug(id)) {
            nodes.problem(node, "id '" + Safe.clean(id) + "' is not a slug",
                    "use lower-case letters, digits and - _ . (for example 'trade-volume')");
            return null;
        }
        if (!unique) return id;
        if (id.startsWith(DERIVED_PREFIX)) {
            nodes.problem(node, "ids starting with '" + DERIVED_PREFIX + "' are kept for the questions brief derives",
                    "choose another id");
            return null;
        }
        Node first = ids.putIfAbsent(id, node);
        if (first != null) {
            nodes.problem(node, "duplicate id '" + id + "' (first used at line "
                    + (first.getStartMark().getLine() + 1) + ")", "every id must be unique in its file");
            return null;
        }
        return id;
    }

    /** Records that a card or person with this id is written (null: none). */
    void defines(Target target, String id) {
        if (id != null) known.get(target).add(id);
    }

    /** Records a reference to check once every card and person is known (null: none). */
    void refers(Node node, Target target, String id) {
        if (id != null) references.add(new Reference(node, target, id));
    }

    /** The {@code evidence} of a mapping, to be looked for in the article; null (with a problem) when missing. */
    Evidence evidence(Map<String, Node> m, Node parent, String what) {
        String passage = nodes.text(m, parent, "evidence", what);
        if (passage == null) return null;
        quotes(m.get("evidence"), passage, "the evidence of " + what);
        return new Evidence(passage);
    }

    /** Records a passage to look for in the article (null: none). */
    void quotes(Node node, String passage, String what) {
        if (passage != null) passages.add(new Passage(node, passage, what));
    }

    /** Reports every reference to a card or person that is not written, with the closest id there is. */
    void checkReferences() {
        for (Target target : Target.values()) {
            for (Reference r : references) {
                if (r.target() == target) check(r);
            }
        }
    }

    private void check(Reference r) {
        Set<String> ids = known.get(r.target());
        if (!ids.contains(r.id())) {
            String suggestion = Spelling.closest(r.id(), ids);
            nodes.problem(r.node(), "no " + r.target().word + " with id '" + Safe.clean(r.id()) + "'"
                    + (suggestion != null ? " (did you mean '" + suggestion + "'?)" : ""));
        }
    }

    /** Reports every passage the article does not contain. */
    void ground(Article article) {
        // A passage is often the evidence of a point and of questions too: each is looked for once.
        Map<String, Boolean> found = new HashMap<>();
        for (Passage p : passages) {
            if (!found.computeIfAbsent(p.text(), article::contains)) {
                String nearest = Nearest.passage(article, p.text());
                nodes.problem(p.node(), p.what() + " is not in the article: " + Safe.excerpt(p.text())
                                + (nearest == null ? "" : "; nearest: \"" + Safe.clean(nearest) + "\""),
                        "copy the passage verbatim from the article (differences of white space, quote marks, "
                                + "dashes and case are ignored)");
            }
        }
    }

    /** How many passages were looked for in the article. */
    int passages() {
        return passages.size();
    }
}
