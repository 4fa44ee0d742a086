package brief.quiz;

import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the other questions of a quiz tell a reader about one: an option that another question shows beside the
 * words this one asks about ("the Rovers coach" asked, "Rovers coach Hanna Lind said" shown), and a statement that
 * another question's own text repeats, or repeats with another number or name.
 */
final class GivenAway {
    /** Words of a question's frame: they say what kind of question it is, not what it asks about. */
    private static final Set<String> FRAME = Set.of("which", "figure", "give", "gives", "given", "number", "who", "describe",
            "quote", "quotes", "quoted", "saying", "people", "person", "directly", "fill", "gap", "report", "reports",
            "view", "own", "rather", "fact", "match", "each", "role", "put", "order", "happened", "earliest", "first",
            "these", "following", "statement", "statements", "name", "named");
    /** Of a statement's content words, the share another text must hold for the two to be the same statement. */
    private static final double SAME_STATEMENT = 0.6;
    private static final Pattern DETAIL = Pattern.compile("\\p{Lu}[\\p{L}'’-]*|[\\d][\\d,.]*");

    private GivenAway() {}

    /** A text shown by a question before it is answered, and whether it states what the article says. */
    record Shown(Question from, String text, boolean told) {}

    /** Everything the questions show before they are answered: prompts, options, items to order, sides to match. */
    static List<Shown> texts(List<Question> questions) {
        List<Shown> out = new ArrayList<>();
        for (Question q : questions) {
            // a statement to judge may be false, and so may most options; the rest is the article's word
            out.add(new Shown(q, q.stem().prompt(), !(q instanceof Question.TrueFalse)));
            if (q instanceof Question.Choice c) c.options().forEach(o -> out.add(new Shown(q, o.text(), false)));
            if (q instanceof Question.Multi m) m.options().forEach(o -> out.add(new Shown(q, o.text(), false)));
            if (q instanceof Question.Order o) for (Item i : o.items()) out.add(new Shown(q, i.text(), true));
            if (q instanceof Question.Match m) {
                for (Pair p : m.pairs()) {
                    out.add(new Shown(q, p.left(), true));
                    out.add(new Shown(q, p.right(), true));
                }
            }
        }
        return out;
    }

    /**
     * The options of a choice or "choose all" question that another question shows beside a word this one asks
     * about that none of its options has; empty where none is.
     */
    static List<Option> options(Question q, List<Option> options, List<Shown> shown) {
        Set<String> asked = new HashSet<>(Facts.words(q.stem().prompt()));
        asked.removeAll(FRAME);
        options.forEach(o -> asked.removeAll(Facts.words(o.text())));
        if (asked.isEmpty()) return List.of();
        List<Option> out = new ArrayList<>();
        for (Option o : options) {
            String needle = " " + TextAnswers.normalize(o.text()) + " ";
            if (needle.isBlank()) continue;
            for (Shown s : shown) {
                if (s.from() == q) continue;
                if ((" " + TextAnswers.normalize(s.text()) + " ").contains(needle)
                        && Facts.words(s.text()).stream().anyMatch(asked::contains)) {
                    out.add(o);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * What the article's own words shown by another question say of a statement: true where one repeats it with all
     * its numbers and names, false where one repeats it with another number or name in place of one of its own; null
     * where none tells. A gap to fill may hide any word but adds none, so it tells false where another number shows.
     */
    static Boolean statement(Question.TrueFalse q, String statement, List<Shown> shown) {
        Set<String> own = Facts.words(statement);
        Set<String> details = details(statement);
        for (Shown s : shown) {
            if (s.from() == q || !s.told()) continue;
            String text = s.text().replace(Question.Cloze.GAP, " ");
            Set<String> theirs = Facts.words(text);
            long same = own.stream().filter(theirs::contains).count();
            if (same < 3 || same < SAME_STATEMENT * own.size()) continue;
            Set<String> theirDetails = details(text);
            boolean lacks = details.stream().anyMatch(d -> !theirDetails.contains(d));
            if (lacks && theirDetails.stream().anyMatch(d -> !details.contains(d))) return false;
            if (!lacks) return true;
        }
        return null;
    }

    /** The numbers and names of a text: its numbers, and its capitalised words that do not start a sentence. */
    private static Set<String> details(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = DETAIL.matcher(text);
        while (m.find()) {
            String d = TextAnswers.normalize(m.group());
            String before = text.substring(0, m.start()).strip();
            boolean starts = Character.isLetter(m.group().charAt(0)) && (before.isEmpty() || ":.!?\"“‘'".indexOf(before.charAt(before.length() - 1)) >= 0);
            if (!d.isEmpty() && !starts && !Facts.COMMON.contains(d)) out.add(d);
        }
        return out;
    }
}
