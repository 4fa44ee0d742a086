package brief.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who a sentence says speaks its quotation, from the words outside the marks: a name, a role ("the chief inspector
 * replied") or a he or she beside a reporting verb, "according to" a name, "as" a name "put it".
 */
final class Speakers {
    /** Verbs a speaker's name may follow: "said Ivar Nes", "added the mayor". */
    private static final Set<String> SPEAKER_AFTER = Words.set("said", "says", "added", "adds", "wrote", "writes",
            "explained", "continued", "noted", "argued", "insisted", "replied", "warned", "recalled", "asked");
    /** Words that may open the name of a role before a reporting verb: "the mayor", "his barrister", "the city's mayor". */
    private static final Set<String> ROLE_OPENERS = Words.set("the", "his", "her", "their", "its");
    /** Where the part of a role that says what the person is ends: "director" of "the director of Tollis Access". */
    private static final String ROLE_HEAD_END = ",| of | for | at | in | on | who | whose | from | and ";

    private Speakers() {}

    /** A speaker found, and how, for the author to check. */
    record Attribution(Names.Entity speaker, String how) {}

    /** The speaker a sentence names outside its quotation marks, or null when it names none. */
    static Attribution of(Text.Sentence s, Names.Found names) {
        List<Text.Token> t = s.tokens();
        boolean[] quoted = Quotes.insideQuotes(s);
        List<Names.Run> runs = names.runsOf(s);
        for (int v = 0; v < t.size(); v++) {
            if (quoted[v]) continue;
            Attribution idiom = idiom(s, v, runs, names);
            if (idiom != null) return idiom;
            if (!Words.REPORTING.contains(t.get(v).lower())) continue;
            String verb = t.get(v).text();
            int k = v - 1;
            while (k >= 0 && t.get(k).is("ADV", "AUX")) k--;
            k = Names.beforePostNominals(t, k);
            if (k > 0 && t.get(k).text().equals(",")) {
                int open = k - 1;
                while (open > 0 && !t.get(open).text().equals(",")) open--;
                boolean aside = open > 0 && open + 1 < k && (t.get(open + 1).lower().matches("who|which|a|an|the")
                        || Names.possessive(t.get(open + 1)));
                k = aside ? Names.beforePostNominals(t, open - 1) : k - 1;
            }
            if (k >= 0 && !quoted[k]) {
                Names.Entity e = nameEndingAt(s, runs, k, names);
                if (e != null) return new Attribution(e, "“" + e.surname() + " " + verb + "”");
                int opens = roleOpening(t, k);
                Names.Entity titled = opens < 0 ? null : byRole(t, opens, k, names, s.index());
                if (titled != null) {
                    String role = s.text().substring(t.get(opens).start(), t.get(k).end());
                    return new Attribution(titled, "“" + role + " " + verb + "” taken to be " + titled.name()
                            + ", whose role it is");
                }
                // "said she hoped": the pronoun of what was said stands for whoever said it, not someone before
                if (Words.PRONOUNS.contains(t.get(k).lower()) && !(k > 0 && Words.REPORTING.contains(t.get(k - 1).lower()))) {
                    Names.Entity last = names.pronounSpeaker(s.index(), t.get(k).lower());
                    if (last != null) {
                        return new Attribution(last, "“" + t.get(k).text() + " " + verb + "” taken to be " + last.name()
                                + ", the last person named");
                    }
                }
            }
            Attribution after = SPEAKER_AFTER.contains(t.get(v).lower()) ? roleAfter(s, v, quoted, names) : null;
            if (after != null) return after;
            for (int a = v + 1; a < Math.min(t.size(), v + 8) && SPEAKER_AFTER.contains(t.get(v).lower()); a++) {
                if (quoted[a]) break;
                Names.Entity e = nameStartingAt(s, runs, a, names);
                if (e != null) return new Attribution(e, "“" + verb + " " + e.surname() + "”");
                // "said her son, Lars Foss": the name after the description
                Names.Entity described = t.get(a).text().equals(",") && a > v + 1 ? nameStartingAt(s, runs, a + 1, names) : null;
                if (described != null) return new Attribution(described, "“" + verb + " … " + described.surname() + "”");
                if (t.get(a).is("PUNCT", "VERB")) break;
            }
        }
        return null;
    }

    /** "according to Marcus Bell", "As Ashby put it": a speaker named without a reporting verb. */
    private static Attribution idiom(Text.Sentence s, int v, List<Names.Run> runs, Names.Found names) {
        List<Text.Token> t = s.tokens();
        String w = t.get(v).lower();
        if (w.equals("according") && v + 2 < t.size() && t.get(v + 1).lower().equals("to")) {
            int a = v + 2;
            // "according to Dr. Lena Farrant": past the title the run of name words leaves out
            while (a + 1 < t.size() && (Names.TITLES.contains(t.get(a).lower()) || t.get(a).text().equals("."))) a++;
            Names.Entity e = nameStartingAt(s, runs, a, names);
            if (e != null) return new Attribution(e, "“according to " + e.surname() + "”");
        }
        if (w.matches("puts?") && v + 1 < t.size() && t.get(v + 1).lower().equals("it")) {
            for (Names.Run r : runs) {
                int k = r.first() - 1;
                while (k >= 0 && (Names.TITLES.contains(t.get(k).lower()) || t.get(k).text().equals("."))) k--;
                Names.Entity e = r.last() == v - 1 && k >= 0 && t.get(k).lower().equals("as") ? names.named(r, s) : null;
                if (e != null) return new Attribution(e, "“as " + e.surname() + " " + w + " it”");
            }
        }
        return null;
    }

    /**
     * "said the mayor", "added the club's chief executive": the holder of the role named after the verb; "said the
     * 24-year-old": the one person the sentence before names, whom an age after the verb can only stand for.
     */
    private static Attribution roleAfter(Text.Sentence s, int v, boolean[] quoted, Names.Found names) {
        List<Text.Token> t = s.tokens();
        int opens = v + 1;
        if (opens + 1 >= t.size() || quoted[opens] || !ROLE_OPENERS.contains(t.get(opens).lower())) return null;
        int end = opens + 1;
        while (end + 1 < t.size() && !quoted[end + 1] && (t.get(end + 1).is("NOUN", "ADJ", "NUM") || t.get(end + 1).text().equals("-")
                || Names.TITLES.contains(t.get(end + 1).lower()))) end++;
        String words = s.text().substring(t.get(opens).start(), t.get(end).end());
        String verb = t.get(v).text();
        if (words.matches("(?i)the \\d{1,3}-year-old")) {
            List<Names.Entity> before = names.namedIn(s.index() - 1);
            if (before.stream().distinct().count() != 1) return null;
            return new Attribution(before.get(0), "“" + verb + " " + words + "” taken to be " + before.get(0).name()
                    + ", the one person named before");
        }
        if (!t.get(end).is("NOUN") && !Names.TITLES.contains(t.get(end).lower())) return null;
        Names.Entity holder = byRole(t, opens, end, names, s.index());
        return holder == null ? null : new Attribution(holder, "“" + verb + " " + words + "” taken to be " + holder.name()
                + ", whose role it is");
    }

    /**
     * Where the words for a role that end at {@code k} begin ("the mayor", "the chief inspector", "the city's
     * mayor", "his barrister"): at their opening word, or -1 when {@code k} ends no role.
     */
    private static int roleOpening(List<Text.Token> t, int k) {
        if (!t.get(k).is("NOUN") && !Names.TITLES.contains(t.get(k).lower())) return -1;
        int j = k - 1;
        while (j >= 0 && k - j <= 4 && !ROLE_OPENERS.contains(t.get(j).lower())
                && (t.get(j).is("NOUN", "ADJ") || Names.TITLES.contains(t.get(j).lower()) || Names.possessive(t.get(j)))) {
            if (Character.isUpperCase(t.get(j).text().charAt(0)) && !Names.possessive(t.get(j))) return -1;
            j--;
        }
        return j >= 0 && ROLE_OPENERS.contains(t.get(j).lower()) ? j : -1;
    }

    /**
     * "the mayor said": the person last named at or before the sentence whose role has those words, such as Mayor
     * Siri Lund; or, when no one has been named with it yet, the one person of the article who has it, named later.
     */
    private static Names.Entity byRole(List<Text.Token> t, int opens, int k, Names.Found names, int sentence) {
        List<String> wanted = new ArrayList<>();
        // "the city's mayor": whose role it is does not have to be said again in it
        for (int j = opens + 1; j <= k; j++) if (!Names.possessive(t.get(j))) wanted.add(t.get(j).lower());
        Names.Entity best = null;
        int latest = -1;
        List<Names.Entity> holders = new ArrayList<>();
        for (Names.Entity e : names.people()) {
            String head = e.role().toLowerCase(Locale.ROOT).split(ROLE_HEAD_END)[0];
            if (!Arrays.asList(head.split("[^\\p{L}-]+")).containsAll(wanted)) continue;
            holders.add(e);
            int seen = e.mentions().stream().filter(m -> m <= sentence).mapToInt(Integer::intValue).max().orElse(-1);
            if (seen > latest) {
                latest = seen;
                best = e;
            }
        }
        return best != null ? best : holders.size() == 1 ? holders.get(0) : null;
    }

    private static Names.Entity nameEndingAt(Text.Sentence s, List<Names.Run> runs, int k, Names.Found names) {
        for (Names.Run r : runs) {
            if (r.last() == k) return names.named(r, s);
        }
        return null;
    }

    private static Names.Entity nameStartingAt(Text.Sentence s, List<Names.Run> runs, int a, Names.Found names) {
        for (Names.Run r : runs) {
            if (r.first() <= a && r.last() >= a) return names.named(r, s);
        }
        return null;
    }
}
