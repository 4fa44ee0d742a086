package brief.draft;

import java.util.List;
import java.util.Set;

/**
 * Where a sentence's main verb stands, read from parts of speech alone: past an opening phrase, a relative clause,
 * an aside between commas, an infinitive and a participle that describes a noun. A cut that keeps a statement
 * keeps this verb and what follows it.
 */
final class MainVerb {
    private static final Set<String> RELATIVE = Words.set("who", "whom", "which", "whose");
    /** Words that open a clause that cannot stand alone: "after the trial began, …". */
    private static final Set<String> SUBORDINATORS = Words.set("after", "before", "when", "while", "since", "until",
            "because", "if", "although", "though", "as", "once", "unless", "whereas");
    /** Past participles not ending in -ed, which can describe a noun: "a message sent two days before". */
    private static final Set<String> PARTICIPLES = Words.set("sent", "cut", "made", "held", "given", "taken", "known",
            "shown", "seen", "built", "paid", "found", "left", "led", "told", "kept", "brought", "bought", "written",
            "run", "set", "put", "spent", "won", "lost", "sold", "hit", "chosen", "born", "drawn", "driven", "done",
            "gone", "grown", "thrown", "worn", "beaten", "broken", "spoken", "stolen", "frozen", "hidden", "shot", "struck",
            "seen");

    private MainVerb() {}

    /** The index of the main verb among tokens from {@code first}, or -1 where there is none to be sure of. */
    static int of(List<Text.Token> t, int first) {
        int k = afterOpening(t, first);
        while (k < t.size()) {
            Text.Token w = t.get(k);
            if (w.text().equals(",") && k > first) {
                int skip = aside(t, k);
                if (skip > k) {
                    k = skip;
                    continue;
                }
            }
            if (RELATIVE.contains(w.lower()) || (w.lower().equals("that") && w.is("PRON") && k > first && t.get(k - 1).is("NOUN"))) {
                if (k > first && t.get(k - 1).text().equals(",")) return presentTenseTakenForANoun(t, first, k);
                k = pastVerbGroup(t, k + 1);
                continue;
            }
            if (w.is("VERB", "AUX") && !infinitive(t, k) && !gerund(t, k) && !describesNoun(t, k)) return k;
            k++;
        }
        return presentTenseTakenForANoun(t, first, t.size());
    }

    /** "The plant employs 2,300 people": the tagger reads a verb in -s after its subject as a plural noun. */
    private static int presentTenseTakenForANoun(List<Text.Token> t, int first, int before) {
        for (int k = first + 1; k + 1 < before; k++) {
            Text.Token w = t.get(k);
            if (w.is("NOUN") && w.lower().matches("\\p{L}+[^s']s") && t.get(k - 1).is("NOUN", "PROPN")
                    && t.get(k + 1).is("DET", "NUM", "ADP", "ADV", "PRON", "ADJ")) return k;
        }
        return -1;
    }

    /** Whether tokens {@code first} to {@code end} hold the main verb {@code verb} and something after it. */
    static boolean keeps(List<Text.Token> t, int verb, int end) {
        if (verb < 0 || verb >= end) return false;
        for (int k = verb + 1; k < end; k++) if (!t.get(k).is("VERB", "AUX", "PART", "PUNCT")) return true;
        return false;
    }

    /** Past "In a statement on Friday," or "Twelve months after the trial began,": where the main clause starts. */
    private static int afterOpening(List<Text.Token> t, int first) {
        int comma = -1;
        for (int k = first; k < t.size(); k++) {
            if (t.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma <= first) return first;
        Text.Token opener = t.get(first);
        boolean verb = false;
        boolean subordinate = false;
        for (int k = first; k < comma; k++) {
            if (t.get(k).is("VERB", "AUX")) {
                verb = true;
                break;
            }
            subordinate |= SUBORDINATORS.contains(t.get(k).lower());
        }
        boolean phrase = !verb && (opener.is("ADP", "SCONJ", "ADV") || opener.lower().endsWith("ing") || opener.lower().endsWith("ed"));
        if (!phrase && !subordinate) return first;
        for (int k = comma + 1; k < t.size(); k++) if (t.get(k).is("VERB", "AUX")) return comma + 1;
        return first;
    }

    /** ", who …," ", the council's chair," ", aged 71," before a verb: past the closing comma, or {@code open} if not an aside. */
    private static int aside(List<Text.Token> t, int open) {
        if (open + 1 >= t.size() || !t.get(open - 1).is("NOUN", "PROPN")) return open;
        Text.Token w = t.get(open + 1);
        boolean opens = RELATIVE.contains(w.lower()) || w.is("DET") || Names.possessive(w) || w.lower().endsWith("ed");
        if (!opens) return open;
        for (int k = open + 2; k + 1 < t.size(); k++) {
            if (!t.get(k).text().equals(",")) continue;
            int next = k + 1;
            while (next < t.size() && t.get(next).is("ADV")) next++;
            return next < t.size() && t.get(next).is("VERB", "AUX") ? k + 1 : open;
        }
        return open;
    }

    /** "missed", "sent", "seen": a word that can be a past participle. */
    static boolean participle(String word) {
        return word.endsWith("ed") || PARTICIPLES.contains(word);
    }

    private static int pastVerbGroup(List<Text.Token> t, int from) {
        int k = from;
        while (k < t.size() && !t.get(k).is("VERB", "AUX")) k++;
        while (k < t.size() && t.get(k).is("VERB", "AUX", "PART", "ADV")) k++;
        return k;
    }

    private static boolean infinitive(List<Text.Token> t, int k) {
        return k > 0 && t.get(k - 1).lower().equals("to") && t.get(k).is("VERB");
    }

    /** "waiting" or "raising" with no helping verb before it is not the verb of the sentence. */
    private static boolean gerund(List<Text.Token> t, int k) {
        return t.get(k).is("VERB") && t.get(k).lower().endsWith("ing") && (k == 0 || !t.get(k - 1).is("AUX", "ADV"));
    }

    /**
     * "A text message sent two days before the visit cut …": a participle after its noun, with another verb later
     * that nothing but the noun's own words stand before, describes the noun.
     */
    private static boolean describesNoun(List<Text.Token> t, int k) {
        Text.Token w = t.get(k);
        if (!w.is("VERB") || k == 0 || !t.get(k - 1).is("NOUN", "PROPN")) return false;
        if (!participle(w.lower())) return false;
        for (int j = k + 1; j < t.size(); j++) {
            Text.Token v = t.get(j);
            if (v.is("PRON", "SCONJ", "CCONJ", "AUX", "PUNCT") || v.lower().equals("that") || v.lower().equals("to")) return false;
            if (v.is("VERB")) return t.get(j - 1).is("NOUN", "PROPN") && !v.lower().endsWith("ing");
        }
        return false;
    }
}
