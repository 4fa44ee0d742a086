package brief.draft;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What the words around a name say its bearer is: a title before it, a description after it. */
final class Roles {
    private static final Set<String> COURTESY = Words.set("dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir", "dame");

    private static final String AUTHOR = "author";
    /** Prepositions the tagger may read as adjectives or adverbs. */
    private static final Set<String> PREPOSITIONS = Words.set("alongside", "against", "beside", "besides", "behind",
            "among", "amid", "between", "near", "with", "without", "under", "unlike", "like", "including");

    private Roles() {}

    /** A byline's role: the one who wrote the piece. */
    static boolean author(String role) {
        return role != null && (role.equals(AUTHOR) || role.startsWith(AUTHOR + ", "));
    }

    /**
     * "Petter Vik, who leads the nurses' union, said": the token after a description set off by commas right after
     * a name, or past the end when there is none.
     */
    static int afterDescription(List<Text.Token> t, int last) {
        int open = last + 1;
        if (open >= t.size() || !t.get(open).text().equals(",")) return t.size();
        int close = open + 1;
        while (close < t.size() && close - open <= 20 && !t.get(close).text().equals(",")) close++;
        // "Tor Lia, 19, was": an age alone is a description too
        boolean age = close == open + 2 && t.get(open + 1).is("NUM");
        return close - open <= 20 && (close > open + 2 || age) ? close + 1 : t.size();
    }

    /** The run of name words {@code first..last}, without a title it opens with, and the role the words around it give. */
    static Names.Run run(Text.Sentence s, int first, int last) {
        List<Text.Token> t = s.tokens();
        int nameStart = first;
        boolean titled = false;
        int lastTitle = first - 1;
        for (int k = first; k < last; k++) if (title(t.get(k))) lastTitle = k;
        // "City Councillor Anita Ruiz" is a person; "Justice Department" is not: what follows the title decides
        boolean organization = false;
        for (int k = lastTitle + 1; k <= last; k++) organization |= Names.ORG_WORDS.contains(t.get(k).lower());
        if (lastTitle >= first && !organization) {
            nameStart = lastTitle + 1;
            titled = true;
        }
        String name = s.text().substring(t.get(nameStart).start(), Names.nameEnd(t.get(last)));
        String role = null;
        String evidence = null;
        int before = titled ? first : titleBefore(t, first);
        titled |= before < first;
        int roleStart = Math.min(before, describedFrom(t, first));
        if (titled || roleStart < first) {
            int from = Math.min(roleStart, first);
            int to = titled ? nameStart - 1 : first - 1;
            if (to >= from) {
                role = s.text().substring(t.get(from).start(), t.get(to).end());
                evidence = s.text().substring(t.get(from).start(), Names.nameEnd(t.get(last)));
            }
        }
        if (role == null && !titled) {
            // "chief executive Sara Lunde": a title in lower case right before the name
            int k = first - 1;
            while (k >= 0 && first - k <= 3 && (Character.isLowerCase(t.get(k).text().charAt(0)) || k == 0)
                    && t.get(k).is("NOUN", "ADJ", "PROPN")) k--;
            boolean title = false;
            for (int j = k + 1; j < first; j++) title |= Names.TITLES.contains(t.get(j).lower());
            if (title) {
                role = s.text().substring(t.get(k + 1).start(), t.get(first - 1).end());
                evidence = s.text().substring(t.get(k + 1).start(), Names.nameEnd(t.get(last)));
            }
        }
        // "Dr. Nadia Farouk, a cardiologist": a form of address says less than the description after the name
        if (role != null && COURTESY.contains(role.toLowerCase(Locale.ROOT)) && apposition(t, last) != null) role = null;
        if (role == null) {
            int[] apposition = apposition(t, last);
            if (apposition != null) {
                role = s.text().substring(t.get(apposition[0]).start(), t.get(apposition[1]).end());
                evidence = s.text().substring(t.get(nameStart).start(), t.get(apposition[1]).end());
            }
        }
        if (role == null && last + 3 < t.size() && t.get(last + 1).text().equals(",") && t.get(last + 2).lower().equals("who")) {
            // "Ingrid Lie, who chairs the patients' forum,": what the clause says the person does
            int close = afterDescription(t, last);
            // "said Per Lothe, who worked on the bridge.": a clause that runs to the sentence's end
            if (close >= t.size() && t.get(t.size() - 1).is("PUNCT") && t.size() - last <= 16) close = t.size();
            if (close <= t.size() && close - 1 > last + 3) {
                role = s.text().substring(t.get(last + 3).start(), t.get(close - 2).end());
                evidence = s.text().substring(t.get(nameStart).start(), t.get(close - 2).end());
            }
        }
        if (role == null && first >= 2 && t.get(first - 1).text().equals(",") && t.get(first - 2).is("NOUN", "ADJ")) {
            int from = describedFrom(t, first - 1);
            if (from < first - 1) {
                role = s.text().substring(t.get(from).start(), t.get(first - 2).end());
                evidence = s.text().substring(t.get(from).start(), Names.nameEnd(t.get(last)));
            }
        }
        if (role == null && first == 0 && last + 3 < t.size() && t.get(last + 1).lower().matches("is|was")
                && t.get(last + 2).lower().matches("a|an")) {
            // "Ruth Obi is a registered nurse and a member of …": a line that says who someone is
            int k = last + 3;
            while (k < t.size() && !t.get(k).is("PUNCT", "CCONJ", "PRON", "VERB", "AUX") && k - last < 10) k++;
            if (t.get(k - 1).is("NOUN")) {
                role = s.text().substring(t.get(last + 2).start(), t.get(k - 1).end());
                evidence = s.text().substring(t.get(first).start(), t.get(k - 1).end());
            }
        }
        if (role == null && first == 1 && t.get(0).text().equals("By") && s.words() <= 14) {
            int end = bylineEnd(t, last);
            role = end == last ? AUTHOR : AUTHOR + ", " + s.text().substring(t.get(last + 2).start(), t.get(end).end());
            evidence = s.text().substring(0, end == last ? Names.nameEnd(t.get(last)) : t.get(end).end());
        }
        if (last + 3 < t.size() && t.get(last + 1).text().equals(",") && t.get(last + 2).text().matches("\\d{1,3}")
                && t.get(last + 3).text().equals(",")) {
            // "Evacuee Gerald Ostrowski, 71,": the age the article gives belongs with the role
            String age = t.get(last + 2).text();
            String shown = evidence != null ? evidence : name;
            if (shown.endsWith(name)) evidence = shown + s.text().substring(Names.nameEnd(t.get(last)), t.get(last + 2).end());
            role = role == null ? "aged " + age : role + ", " + age;
        }
        return new Names.Run(s.index(), nameStart, last, name, role, evidence, titled);
    }

    /** A title word; a form of address in capitals is none ("the MS Solvind" is a motor ship). */
    private static boolean title(Text.Token w) {
        return Names.TITLES.contains(w.lower()) && !(COURTESY.contains(w.lower()) && w.text().equals(w.text().toUpperCase(Locale.ROOT)));
    }

    /** Words that place a title before a name: "State Rep.", "County Sheriff", "Acting Mayor". */
    private static final Set<String> TITLE_PLACES = Words.set("state", "city", "county", "federal", "district", "regional",
            "national", "town", "village", "provincial", "assistant", "acting", "interim", "former", "senior");

    /**
     * Where a capitalised title right before a run of name words begins ("State Rep. Lena Farrow", "Sheriff Tom
     * Brannigan" opening a sentence), or {@code first} when there is none.
     */
    private static int titleBefore(List<Text.Token> t, int first) {
        int k = first - 1;
        // the tokenizer parts "Rep." into "Rep" and "."
        if (k >= 1 && t.get(k).text().equals(".") && Names.TITLES.contains(t.get(k - 1).lower() + ".")) k--;
        else if (k < 0 || !title(t.get(k))) return first;
        if (!Character.isUpperCase(t.get(k).text().charAt(0))) return first;
        while (k > 0 && Character.isUpperCase(t.get(k - 1).text().charAt(0)) && (t.get(k - 1).is("PROPN")
                || TITLE_PLACES.contains(t.get(k - 1).lower()) || Names.TITLES.contains(t.get(k - 1).lower()))) k--;
        return k;
    }

    /** "By Priya Nandakumar, Health Correspondent ·": the last token of the title a byline gives, or the name's. */
    private static int bylineEnd(List<Text.Token> t, int last) {
        if (last + 1 >= t.size() || !t.get(last + 1).text().equals(",")) return last;
        int k = last + 2;
        while (k < t.size() && t.get(k).text().matches("\\p{L}[\\p{L}'’-]*") && !t.get(k).is("NUM")) k++;
        return k == last + 2 ? last : k - 1;
    }

    /** Where a description right before a name begins: "fish cake maker", "China's e-commerce giant". */
    private static int describedFrom(List<Text.Token> t, int first) {
        int k = first - 1;
        boolean noun = false;
        while (k >= 0 && first - k <= 6) {
            Text.Token w = t.get(k);
            // "voted against the plan alongside Councillor X": a preposition ends the words that describe X
            if (w.is("ADP") && !w.lower().equals("of") || PREPOSITIONS.contains(w.lower())) break;
            // the tagger reads "chief executive" as two adjectives: a title is a noun here
            else if ((w.is("NOUN") || Names.TITLES.contains(w.lower())) && Character.isLowerCase(w.text().charAt(0))) noun = true;
            // "the council's head of planning": a title "of" its field
            else if (w.lower().equals("of") && noun && k > 0 && t.get(k - 1).is("NOUN")) noun = true;
            else if (!(w.is("ADJ", "PROPN") || Names.possessive(w) || w.text().equals("-") || openingName(w, k))) break;
            k--;
        }
        if (!noun) return first;
        while (k + 1 < first && !t.get(k + 1).is("NOUN") && !Names.possessive(t.get(k + 1)) && !t.get(k + 1).is("ADJ", "PROPN")) k++;
        return k + 1;
    }

    /** "Brennmoor manager Hanna Kvist": a capitalised word opening the sentence, which the tagger may not read as a name. */
    private static boolean openingName(Text.Token w, int k) {
        return k == 0 && Character.isUpperCase(w.text().charAt(0)) && !Words.STOP.contains(w.lower())
                && !w.is("DET", "ADP", "SCONJ", "CCONJ", "ADV", "PRON", "AUX", "NUM");
    }

    /** ", the board's chair," or ", 54, a teacher," after a name: the description's first and last tokens. */
    private static int[] apposition(List<Text.Token> t, int last) {
        int k = last + 1;
        if (k >= t.size() || !t.get(k).text().equals(",")) return null;
        k++;
        if (k + 1 < t.size() && t.get(k).is("NUM") && t.get(k + 1).text().equals(",")) k += 2;
        // ", president of Local 1187,": a title in lower case opens a description as an article does
        boolean title = k < t.size() && Names.TITLES.contains(t.get(k).lower()) && Character.isLowerCase(t.get(k).text().charAt(0));
        if (k >= t.size() || !t.get(k).is("DET", "ADJ") && !Names.possessive(t.get(k)) && !title) return null;
        int start = k;
        boolean noun = false;
        while (k < t.size() && k - start < 10 && !t.get(k).is("PUNCT") && !t.get(k).is("VERB", "AUX", "SCONJ", "PRON")) {
            if (t.get(k).is("NOUN") || Names.TITLES.contains(t.get(k).lower())) noun = true;
            k++;
        }
        if (!noun || k >= t.size() || !(t.get(k).is("PUNCT") || t.get(k).lower().matches("who|whose|which|that"))) return null;
        return new int[] {start, k - 1};
    }
}
