package brief.draft;

import brief.model.PointKind;
import brief.model.SourceKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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

    /** Verbs by which a study, survey or count reports what it found: what it found is its claim. */
    private static final Set<String> FINDING = Words.set("found", "finds", "find", "showed", "shows", "show", "shown",
            "concluded", "concludes", "indicated", "indicates", "suggest", "revealed", "put", "puts");
    /** Who or what finds things out, standing before a finding verb. */
    private static final Set<String> INQUIRIES = Words.set("study", "studies", "survey", "surveys", "report", "poll",
            "polls", "research", "researchers", "analysis", "review", "audit", "data", "figures", "census", "trial",
            "investigation", "inquiry", "evaluation");
    /** What a requirement stands on: "under state law", "by law", "the contract requires". */
    private static final Set<String> RULES = Words.set("law", "laws", "rule", "rules", "regulation", "regulations",
            "statute", "contract", "agreement", "constitution", "charter", "bylaw", "bylaws", "act", "treaty",
            "ordinance", "code", "policy", "terms", "licence", "license", "permit");
    /** Words by which an author judges, where the piece is the author's argument (in news they may describe). */
    private static final Set<String> JUDGING = Words.set("wrong", "right", "false", "mistake", "mistaken", "folly",
            "radical", "nonsense", "waste", "scandal", "disgrace", "shame", "failure", "betrayal", "easy", "easiest",
            "careless", "careful", "simply", "merely", "reasonable", "unreasonable", "modest", "generous", "cruel");
    /** A day, month or year: "will open in May" is a plan on the calendar, not the author's forecast. */
    private static final Pattern SCHEDULED = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|tomorrow|tonight|next (week|month|year)|(19|20)\\d\\d)\\b");

    private Labels() {}

    /**
     * Every sentence's label, as the piece's kind reads it: in an opinion piece, given as one or read as one, the
     * author's own judgements are opinion without an "I".
     */
    public static Map<Integer, Label> all(List<Text.Sentence> sentences, SourceKind given) {
        Map<Integer, Label> news = new HashMap<>();
        for (Text.Sentence s : sentences) news.put(s.index(), of(s));
        boolean opinion = given != null ? given == SourceKind.OPINION : arguesAnOpinion(sentences, news);
        if (!opinion) return news;
        Map<Integer, Label> argued = new HashMap<>();
        for (Text.Sentence s : sentences) argued.put(s.index(), ofArgument(s, news.get(s.index())));
        return argued;
    }

    /** A sentence of an opinion piece: what news would call a plain fact may be the author's judgement. */
    private static Label ofArgument(Text.Sentence s, Label asNews) {
        if (asNews.kind() != PointKind.FACT) return asNews;
        List<Text.Token> tokens = s.tokens();
        boolean[] quoted = Quotes.insideQuotes(s);
        if (s.text().strip().endsWith("?") && !quoted[quoted.length - 1]) return new Label(PointKind.OPINION, "?");
        boolean scheduled = SCHEDULED.matcher(s.text()).find();
        if (imperative(tokens, quoted)) return new Label(PointKind.OPINION, tokens.get(0).text());
        for (int i = 0; i < tokens.size(); i++) {
            if (quoted[i]) continue;
            Text.Token t = tokens.get(i);
            String w = t.lower();
            if (w.equals("you") || w.equals("your")) return new Label(PointKind.OPINION, t.text());
            if (JUDGING.contains(w) && t.is("ADJ", "ADV", "NOUN")) return new Label(PointKind.OPINION, t.text());
            // "has to get them home" urges; "had to close early" tells what happened
            if (w.matches("has|have") && nextIs(tokens, i, "to") && !requirement(tokens, i)) {
                return new Label(PointKind.OPINION, w + " to");
            }
            // the author's forecast ("they will not reopen"); a date makes it a plan ("will stop running in March")
            if (w.matches("will|would|wo") && i + 1 < tokens.size() && !t.is("NOUN") && !scheduled) {
                return new Label(PointKind.OPINION, t.text() + " " + tokens.get(i + 1).text());
            }
            // "It could also ask the employers to share the cost": the author's proposal; "I could use a computer" tells
            if (w.equals("could") && i > 0 && !Words.FIRST_PERSON.contains(tokens.get(i - 1).lower()) && !scheduled
                    && i + 1 < tokens.size() && tokens.get(i + 1).is("VERB", "ADV")) {
                return new Label(PointKind.OPINION, "could");
            }
            if (w.matches("not|n't|never") && (denial(tokens, i) || turnedAround(tokens, quoted, i))) {
                return new Label(PointKind.OPINION, t.text());
            }
        }
        return asNews;
    }

    /** "Start with who rides.", "Ask any nurse.": the author tells the reader; "Built in 1972, the pool" does not. */
    private static boolean imperative(List<Text.Token> tokens, boolean[] quoted) {
        if (tokens.size() < 3 || quoted[0] || !tokens.get(0).is("VERB")) return false;
        String w = tokens.get(0).lower();
        // a participle opens a clause that a comma closes before the subject comes
        for (int k = 1; k < Math.min(tokens.size(), 5); k++) if (tokens.get(k).text().equals(",")) return false;
        return !w.endsWith("ing") && !w.endsWith("ed");
    }

    /** "These are not revellers": what the author says a thing is not, a description denied. */
    private static boolean denial(List<Text.Token> tokens, int not) {
        if (not < 1 || not > 3 || !tokens.get(not - 1).lower().matches("is|are|was|were|'s|'re")) return false;
        int k = not + 1;
        while (k < tokens.size() && tokens.get(k).is("DET", "ADJ", "ADV")) k++;
        if (k >= tokens.size()) return false;
        Text.Token what = tokens.get(k);
        // no verb ends in -s after "are not": the tagger's "luxuries/VERB" is a plural noun
        return what.is("NOUN") || what.is("VERB") && what.lower().matches(".*[^s]s");
    }

    /** "It does not balance the budget; it shifts the cost": a point turned round against what it is not. */
    private static boolean turnedAround(List<Text.Token> tokens, boolean[] quoted, int not) {
        for (int k = not + 1; k + 1 < tokens.size(); k++) {
            if (!quoted[k] && tokens.get(k).text().equals(";") && tokens.get(k + 1).lower().matches("it|they|this|that")) {
                return true;
            }
        }
        return false;
    }

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
            if (asideAfterAdvice(tokens, quoted, i) || nobodySaid(tokens, i)) continue;
            if (!firstPerson || !subjectIsFirstPerson(tokens, i)) reporting = t.text();
        }
        for (int i = 0; i < tokens.size() && reporting == null; i++) {
            if (!quoted[i] && FINDING.contains(tokens.get(i).lower()) && findingOf(tokens, i)) reporting = tokens.get(i).text();
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

    /**
     * "how the island should be linked", "must still approve", "under state law, the union must give notice": a
     * rule or a question reported, not the author's advice.
     */
    private static boolean requirement(List<Text.Token> tokens, int i) {
        for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
            if (tokens.get(k).lower().matches("how|whether|what|where|when|why|which|who|if")) return true;
        }
        return i + 1 < tokens.size() && tokens.get(i + 1).lower().matches("still|first|also|now|then|by|legally|be approved")
                || ruleCited(tokens);
    }

    /** "under state law", "by law", "the rules require": the sentence names the rule that binds. */
    private static boolean ruleCited(List<Text.Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (!RULES.contains(tokens.get(i).lower()) || !tokens.get(i).is("NOUN", "PROPN")) continue;
            for (int k = i - 1; k >= Math.max(0, i - 3); k--) if (tokens.get(k).lower().matches("under|by|per")) return true;
            if (i + 1 < tokens.size() && tokens.get(i + 1).lower().matches("requires?|required|says|say|states")) return true;
        }
        return false;
    }

    /** "The survey found that …", "the figures show a rise": what a study or count found, told as its finding. */
    private static boolean findingOf(List<Text.Token> tokens, int verb) {
        if (nextIs(tokens, verb, "that")) return true;
        for (int k = verb - 1; k >= Math.max(0, verb - 6); k--) if (INQUIRIES.contains(tokens.get(k).lower())) return true;
        return false;
    }

    /** "which nobody has proposed", "an estimated $3 million": nothing is reported said. */
    private static boolean nobodySaid(List<Text.Token> tokens, int verb) {
        if (verb > 0 && tokens.get(verb - 1).lower().matches("an?|the")) return true;
        for (int k = verb - 1; k >= Math.max(0, verb - 3); k--) {
            if (tokens.get(k).lower().matches("nobody|no-one|none")) return true;
            if (tokens.get(k).lower().equals("no") && k + 1 < verb && tokens.get(k + 1).lower().equals("one")) return true;
        }
        return false;
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
