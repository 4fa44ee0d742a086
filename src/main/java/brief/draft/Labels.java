package brief.draft;

import brief.model.PointKind;
import java.util.List;
import java.util.Set;

/**
 * Whether a sentence reports a fact, someone's claim, or the author's opinion, and the words that said so,
 * for the author to check.
 */
public final class Labels {
    private static final Set<String> INTERPRETIVE = Words.set("signal", "signals", "underscore", "underscores",
            "illustrates", "exemplifies", "epitomizes", "proves", "betrays", "reveals");
    private static final Set<String> PREDICTIVE = Words.set("deepen", "become", "prove", "transform", "fuel", "undermine",
            "strengthen", "weaken", "damage", "hurt", "erode", "worsen", "translate", "cement", "shape", "define",
            "determine", "backfire", "fail", "succeed", "pay", "doom", "haunt", "have", "regret", "fade", "suffer", "lose");

    private static final Set<String> ARGUING = Words.set("think", "believe", "hope", "fear", "doubt", "suspect", "let",
            "wish", "want", "urge", "propose", "suggest", "agree", "disagree");

    private Labels() {}

    /** A kind, and the word or phrase it rests on (null for a plain fact). */
    public record Label(PointKind kind, String because) {}

    public static Label of(Text.Sentence s) {
        List<Text.Token> tokens = s.tokens();
        boolean[] quoted = Quotes.insideQuotes(s);
        String lower = s.text().toLowerCase(java.util.Locale.ROOT);
        boolean firstPerson = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (!quoted[i] && Words.FIRST_PERSON.contains(tokens.get(i).lower())) firstPerson = true;
        }
        String reporting = null;
        for (int i = 0; i < tokens.size() && reporting == null; i++) {
            Text.Token t = tokens.get(i);
            if (quoted[i] || !Words.REPORTING.contains(t.lower()) || !t.is("VERB")) continue;
            if (t.lower().startsWith("call") && !(i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("for"))
                    && !quotedAfter(quoted, i)) continue;
            // "added a late third", "adds 45 minutes to the journey": adding a thing, not a word
            if (t.lower().startsWith("add") && i + 1 < tokens.size() && tokens.get(i + 1).is("DET", "NUM", "ADJ", "NOUN")
                    && !quotedAfter(quoted, i)) continue;
            if (asideAfterAdvice(tokens, quoted, i)) continue;
            if (!firstPerson || !subjectIsFirstPerson(tokens, i)) reporting = t.text();
        }
        if (reporting == null && lower.contains("according to")) reporting = "according to";
        if (reporting == null && hasQuotation(s, quoted)) reporting = "a quotation";
        if (reporting != null) return new Label(PointKind.CLAIM, reporting);
        // "I grew up in the Eastgate branch" tells what happened; "we should ask" and "I believe" argue
        if (firstPerson && argues(tokens, quoted)) return new Label(PointKind.OPINION, firstPersonWord(tokens, quoted));
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i]) continue;
            Text.Token t = tokens.get(i);
            String w = t.lower();
            if (Words.PRESCRIPTIVE.contains(w) && (!w.startsWith("need") || nextIs(tokens, i, "to")) && !requirement(tokens, i)) {
                return new Label(PointKind.OPINION, w.startsWith("need") ? w + " to" : w);
            }
            if ((w.equals("will") || w.equals("would")) && i + 1 < tokens.size()
                    && PREDICTIVE.contains(tokens.get(i + 1).lower()) && !plannedHaving(tokens, i + 1)) {
                return new Label(PointKind.OPINION, w + " " + tokens.get(i + 1).text());
            }
            if (INTERPRETIVE.contains(w) && !t.is("NOUN")) return new Label(PointKind.OPINION, t.text());
            // "best-known", "great-grandson": a compound that names rather than judges
            boolean compound = nextIs(tokens, i, "-") || i > 0 && tokens.get(i - 1).text().equals("-");
            if (Words.EVALUATIVE.contains(w) && t.is("ADJ", "ADV") && !compound) return new Label(PointKind.OPINION, t.text());
        }
        return new Label(PointKind.FACT, null);
    }

    private static final Set<String> OUTCOMES = Words.set("to", "consequences", "effect", "effects", "impact",
            "implications", "influence", "trouble", "difficulty", "chance", "reason", "cause", "little", "no");

    /** "The hall will have a 25-metre pool" describes a plan; "will have consequences" and "will have to" predict or urge. */
    private static boolean plannedHaving(List<Text.Token> tokens, int have) {
        if (!tokens.get(have).lower().equals("have") || have + 2 >= tokens.size() || tokens.get(have + 1).is("VERB")) return false;
        return !OUTCOMES.contains(tokens.get(have + 1).lower()) && !OUTCOMES.contains(tokens.get(have + 2).lower());
    }

    private static boolean argues(List<Text.Token> tokens, boolean[] quoted) {
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i]) continue;
            String w = tokens.get(i).lower();
            if (Words.PRESCRIPTIVE.contains(w) || ARGUING.contains(w) || Words.EVALUATIVE.contains(w)) return true;
            if ((w.equals("will") || w.equals("would") || w.equals("can")) && i + 1 < tokens.size()) return true;
        }
        return false;
    }

    /** Opinion when the author argues in the first person or judges often; news otherwise. */
    public static boolean arguesAnOpinion(List<Text.Sentence> sentences, java.util.Map<Integer, Label> labels) {
        int opinions = 0;
        int firstPerson = 0;
        for (Text.Sentence s : sentences) {
            Label l = labels.get(s.index());
            if (l.kind() == PointKind.OPINION) opinions++;
            boolean[] quoted = Quotes.insideQuotes(s);
            for (int i = 0; i < s.tokens().size(); i++) {
                if (!quoted[i] && Words.FIRST_PERSON.contains(s.tokens().get(i).lower())) {
                    firstPerson++;
                    break;
                }
            }
        }
        return firstPerson >= 2 || (opinions >= 2 && opinions * 100 >= sentences.size() * 15) || (firstPerson >= 1 && opinions >= 2);
    }

    /** "how the island should be linked", "must still approve": a rule or a question reported, not the author's advice. */
    private static boolean requirement(List<Text.Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (tokens.get(k).lower().matches("how|whether|what|where|when|why|which|who|if")) return true;
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).lower().matches("still|first|also|now|then|by|legally|be approved");
    }

    /** "It should delay the closures, as the friends group has asked": the author's advice, and who else gave it. */
    private static boolean asideAfterAdvice(List<Text.Token> tokens, boolean[] quoted, int verb) {
        int comma = verb - 1;
        while (comma > 0 && !tokens.get(comma).text().equals(",")) comma--;
        if (comma <= 0 || comma + 1 >= verb || !tokens.get(comma + 1).lower().equals("as")) return false;
        for (int k = 0; k < comma; k++) if (!quoted[k] && Words.PRESCRIPTIVE.contains(tokens.get(k).lower())) return true;
        return false;
    }

    private static boolean quotedAfter(boolean[] quoted, int i) {
        for (int k = i + 1; k < Math.min(quoted.length, i + 4); k++) if (quoted[k]) return true;
        return false;
    }

    private static boolean subjectIsFirstPerson(List<Text.Token> tokens, int verb) {
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            if (Words.FIRST_PERSON.contains(tokens.get(k).lower())) return true;
        }
        return false;
    }

    private static boolean nextIs(List<Text.Token> tokens, int i, String word) {
        return i + 1 < tokens.size() && tokens.get(i + 1).lower().equals(word);
    }

    private static String firstPersonWord(List<Text.Token> tokens, boolean[] quoted) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!quoted[i] && Words.FIRST_PERSON.contains(tokens.get(i).lower())) return tokens.get(i).text();
        }
        return "I";
    }

    private static boolean hasQuotation(Text.Sentence s, boolean[] quoted) {
        int inside = 0;
        for (boolean q : quoted) if (q) inside++;
        return inside >= 7;
    }
}
