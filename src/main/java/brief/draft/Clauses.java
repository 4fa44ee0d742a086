package brief.draft;

import brief.quiz.Forms;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence cut to a short statement where that keeps it true: a dateline, an opening phrase, an aside between
 * commas, a trailing relative or participle clause, and the second half of a long compound go.
 */
public final class Clauses {
    private static final Set<String> KEEP_OPENERS = Words.set("if", "unless", "without", "despite", "except", "only", "not");
    private static final Set<String> RELATIVE = Words.set("who", "which", "whose", "where");
    private static final Set<String> TRAILING = Words.set("which", "where", "when", "while", "whose", "as", "according",
            "leaving", "ending", "making", "saying", "adding", "including", "after", "before", "although", "though", "most",
            "many", "some", "all", "both", "each", "up", "down");
    /** A statement at most this long is left as it is. */
    static final int SHORT = 14;
    /** "PORT LINDEN, March 12, 2026 — " or "BERLIN (Reuters) - ": where the report was filed, not what it says. */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}(?:,[^—–\\n]{1,40}?)?(?:\\s*\\([^)]{1,30}\\))?\\s*[—–-]{1,2}\\s+");

    private Clauses() {}

    /** The text of a sentence after its dateline, if it opens with one. */
    public static String withoutDateline(String text) {
        Matcher m = DATELINE.matcher(text);
        return m.find() && m.end() < text.length() ? text.substring(m.end()) : text;
    }

    public static String mainClause(Text.Sentence s) {
        return mainClause(s, SHORT);
    }

    /** As {@link #mainClause(Text.Sentence)}, trailing phrases (", at Marsh Lane on Saturday") cut until at most {@code most} words. */
    public static String mainClause(Text.Sentence s, int most) {
        List<Text.Token> t = s.tokens();
        boolean[] quoted = Quotes.insideQuotes(s);
        String text = s.text();
        boolean[] cut = new boolean[text.length()];
        int from = text.length() - withoutDateline(text).length();
        int first = 0;
        while (first < t.size() && t.get(first).start() < from) first++;
        if (first >= t.size()) first = 0;
        int comma = nextComma(t, quoted, first);
        if (comma > first && comma - first < (t.size() - first) * 0.45 && comma + 1 < t.size()) {
            Text.Token opener = t.get(first);
            Text.Token next = t.get(comma + 1);
            boolean leadingPhrase = opener.is("ADP", "SCONJ", "ADV") || opener.lower().endsWith("ing")
                    || opener.lower().endsWith("ed") || opener.lower().equals("for");
            if (leadingPhrase && !KEEP_OPENERS.contains(opener.lower()) && next.is("DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM")
                    && !Words.REPORTING.contains(opener.lower()) && verbBeforeRelative(t, comma + 1)) {
                from = next.start();
                first = comma + 1;
            }
        }
        for (int i = 0; i < from; i++) cut[i] = true;
        int verb = MainVerb.of(t, first);
        asides(t, quoted, first, verb, cut);
        int to = trailing(t, quoted, text, first, verb, cut);
        for (int i = to; i < text.length(); i++) cut[i] = true;
        String clause = kept(text, cut);
        if (Words.count(clause) > most) {
            to = atConjunction(t, quoted, text, first, verb, to, cut);
            for (int i = to; i < text.length(); i++) cut[i] = true;
            clause = kept(text, cut);
        }
        if (Words.count(clause) > most) clause = withoutTrailingPhrases(t, quoted, text, first, verb, to, cut, clause, most);
        clause = clause.replaceAll("[,;:\\s—–-]+$", "");
        if (!clause.matches("(?s).*[.!?\"”)]$")) clause += ".";
        // a cut inside a quotation ("“Nobody told the crews.") leaves half of it: the sentence stays whole
        if (Forms.pairedMarks(text) && !Forms.pairedMarks(clause)) return text;
        return Words.capitalized(clause);
    }

    /**
     * ", who voted against the plan," and ", the council's chair," after a name: asides between two commas. One that
     * ends just before the main verb goes whatever its length ("Ann Lee, a nurse who has worked nights for years, said").
     */
    private static void asides(List<Text.Token> t, boolean[] quoted, int first, int verb, boolean[] cut) {
        for (int i = first + 1; i + 2 < t.size(); i++) {
            if (quoted[i] || !t.get(i).text().equals(",")) continue;
            int close = nextComma(t, quoted, i + 1);
            if (close < 0 || close + 1 >= t.size()) continue;
            boolean beforeVerb = verb > close && !hasVerb(t, close + 1, verb);
            if (close - i > 10 && !beforeVerb) continue;
            Text.Token open = t.get(i + 1);
            // "whose group leader, Ann Berg, said …": a relative clause has its own verb, or it has not ended yet
            boolean relative = RELATIVE.contains(open.lower()) && hasVerb(t, i + 2, close);
            boolean apposition = t.get(i - 1).is("PROPN") && (open.is("DET") || Names.possessive(open))
                    && (beforeVerb || t.get(close - 1).is("NOUN") && !hasVerb(t, i + 1, close));
            if (relative || apposition) {
                for (int c = t.get(i).start(); c < t.get(close).end(); c++) cut[c] = true;
                i = close;
            }
        }
    }

    /** Where a trailing aside (", which …", ", ending …", ", according to …") begins, or the text's end. */
    private static int trailing(List<Text.Token> t, boolean[] quoted, String text, int first, int verb, boolean[] cut) {
        for (int i = first + 3; i + 1 < t.size(); i++) {
            if (quoted[i] || !t.get(i).text().equals(",")) continue;
            Text.Token after = t.get(i + 1);
            // a relative clause after a comma is never the main one, even where the tagger missed the main verb
            if (!MainVerb.keeps(t, verb, i) && !(verb < 0 && RELATIVE.contains(after.lower()))) continue;
            boolean aside = TRAILING.contains(after.lower()) || (after.lower().endsWith("ing") && after.is("VERB"));
            if (aside && Words.count(kept(text.substring(0, t.get(i).start()), cut)) >= 5) return t.get(i).start();
        }
        return text.length();
    }

    /** "almost in half", "shortly after noon": an adverb that belongs to the phrase after it. */
    private static final Set<String> DEGREE = Words.set("almost", "nearly", "about", "just", "only", "roughly", "around",
            "shortly", "soon", "well", "right", "even", "mostly", "largely", "partly", "mainly", "more", "less", "up", "down");
    private static final Set<String> PREPOSITIONS = Words.set("in", "at", "on", "for", "since", "from", "with", "during",
            "near", "across", "into", "over", "under", "until", "by", "after", "before", "between", "through", "around");

    /**
     * The clause without its last prepositional phrases ("in prison on Tuesday"): the longest cut of at most
     * {@code most} words, else the shortest there is; never below six words, never cutting what a verb of saying says.
     */
    private static String withoutTrailingPhrases(List<Text.Token> t, boolean[] quoted, String text, int first, int verb,
                                                 int to, boolean[] cut, String clause, int most) {
        String best = null;
        String shortest = null;
        for (int i = first + 3; i < t.size(); i++) {
            Text.Token w = t.get(i);
            if (quoted[i] || w.start() >= to) continue;
            boolean tail = verblessTail(t, quoted, verb, i, to);
            if (!tail && (!PREPOSITIONS.contains(w.lower()) || tailBefore(t, quoted, verb, i, to))) continue;
            if (tail && !MainVerb.keeps(t, verb, i)) continue;
            if (!tail && !t.get(i - 1).is("NOUN", "PROPN", "NUM", "ADV", "ADJ") || DEGREE.contains(t.get(i - 1).lower())
                    || !MainVerb.keeps(t, verb, i) || coordinated(t, first, i) || carriesClause(t, first, i)
                    || openClause(t, first, i) || halfARange(t, first, i) || halfACoordination(t, quoted, verb, i)) continue;
            String shorter = kept(text.substring(0, w.start()), cut).replaceAll("[,;:\\s]+$", "");
            int n = Words.count(shorter);
            if (n < 4 || n >= Words.count(clause) || !Forms.pairedMarks(shorter)) continue;
            // "Work is due to start in March and last 18 months": when and how much are the fact, not a detail
            if (n < 7 && carriesFact(t, cut, i, to)) continue;
            // "in advance", "for help": a preposition and a bare noun at the end belong to the verb
            if (i + 2 < t.size() && t.get(i + 1).is("NOUN") && (t.get(i + 2).start() >= to || t.get(i + 2).text().matches("[.,;:!?]"))) continue;
            if (shortest == null) shortest = shorter;
            if (n <= most) best = shorter;
        }
        return best != null ? best : shortest != null ? shortest : clause;
    }

    /**
     * ", the largest at the ground this season", ", up from 1,650": a phrase with no verb after the statement; not a
     * name (", Hallan and Partners"), a role after a name (", the mayor"), nor the end of a list (", smoking and sleep").
     */
    private static boolean verblessTail(List<Text.Token> t, boolean[] quoted, int verb, int at, int to) {
        if (verb < 0 || at <= verb || at + 1 >= t.size() || !t.get(at).text().equals(",")) return false;
        if (t.get(at - 1).is("PROPN") || t.get(at + 1).is("PROPN")) return false;
        for (int k = at + 1; k < t.size() && t.get(k).start() < to; k++) {
            if (t.get(k).is("VERB", "AUX", "CCONJ") || quoted[k]) return false;
        }
        return true;
    }

    /** Whether a verbless tail starts between the main verb and {@code at}: a cut inside it would leave half of it. */
    private static boolean tailBefore(List<Text.Token> t, boolean[] quoted, int verb, int at, int to) {
        for (int k = Math.max(verb + 1, 0); k < at; k++) if (verblessTail(t, quoted, verb, k, to)) return true;
        return false;
    }

    private static final Pattern WHEN = Pattern.compile("(?i)January|February|March|April|May|June|July|August|September|"
            + "October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|tomorrow|yesterday");

    /** A number or a date, not cut, from token {@code from} to the character {@code to}. */
    private static boolean carriesFact(List<Text.Token> t, boolean[] cut, int from, int to) {
        for (int k = from; k < t.size() && t.get(k).start() < to; k++) {
            if (cut[t.get(k).start()]) continue;
            if (t.get(k).is("NUM") || Character.isDigit(t.get(k).text().charAt(0)) || WHEN.matcher(t.get(k).text()).matches()) return true;
        }
        return false;
    }

    /** A quotation, or a "that" clause after a verb of saying, at or after {@code from}: what was said is the point. */
    private static boolean carriesClause(List<Text.Token> t, int first, int from) {
        boolean saying = false;
        for (int k = first; k < from; k++) saying |= Words.REPORTING.contains(t.get(k).lower());
        for (int k = from; k < t.size(); k++) {
            String w = t.get(k).lower();
            if (w.equals("\"") || w.equals("“") || (saying && w.equals("that"))) return true;
        }
        return false;
    }

    /** "… say that shopkeepers | on Mill Street were worried": a "that" or "because" before {@code at} still waits for its verb. */
    private static boolean openClause(List<Text.Token> t, int first, int at) {
        for (int k = at - 1; k > first; k--) {
            if (t.get(k).is("VERB", "AUX")) return false;
            if (t.get(k).is("SCONJ") || t.get(k).lower().matches("that|whether|because")) return true;
        }
        return false;
    }

    /** "rose from 68 percent | in May to 89 percent": a range cut before its end says something else. */
    private static boolean halfARange(List<Text.Token> t, int first, int at) {
        boolean from = false;
        for (int k = at; k > first && !t.get(k).is("VERB", "AUX"); k--) from |= t.get(k).lower().equals("from");
        for (int k = at; k < t.size(); k++) {
            if (from && t.get(k).lower().equals("to")) return true;
        }
        return false;
    }

    /** A coordinating "and" or "or" after the last verb before {@code at}. */
    private static boolean coordinated(List<Text.Token> t, int first, int at) {
        for (int k = at - 1; k > first; k--) {
            if (t.get(k).is("VERB", "AUX")) return false;
            if (t.get(k).is("CCONJ")) return true;
        }
        return false;
    }

    /** "Among them was the master, Captain Lie, who said": past the comma only a name and its clause, no main verb. */
    private static boolean verbBeforeRelative(List<Text.Token> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (RELATIVE.contains(t.get(k).lower())) return false;
            if (t.get(k).is("VERB", "AUX")) return true;
        }
        return false;
    }

    private static boolean hasVerb(List<Text.Token> t, int from, int to) {
        for (int k = from; k < to; k++) if (t.get(k).is("VERB", "AUX")) return true;
        return false;
    }

    private static String kept(String text, boolean[] cut) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && i < cut.length; i++) if (!cut[i]) out.append(text.charAt(i));
        return out.toString().replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:])", "$1").strip();
    }

    /**
     * Where a long clause is cut at a semicolon, a dash, a colon or a conjunction (", and", " but"), the earliest that
     * leaves at least five words with the main verb and what follows it; {@code to} where there is none.
     */
    private static int atConjunction(List<Text.Token> t, boolean[] quoted, String text, int first, int verb, int to, boolean[] cut) {
        for (int i = first + 1; i + 1 < t.size() && t.get(i).start() < to; i++) {
            if (quoted[i] || cut[t.get(i).start()] || !MainVerb.keeps(t, verb, i)) continue;
            String w = t.get(i).lower();
            String next = t.get(i + 1).lower();
            boolean mark = w.matches("[;—–:]") || w.equals("but") || (w.equals(",") && next.matches("and|but|while|so|with"))
                    || (w.equals("and") && next.equals("that"));
            String before = kept(text.substring(0, t.get(i).start()), cut);
            if (mark && Words.count(before) >= 5 && Forms.pairedMarks(before)) return t.get(i).start();
        }
        return to;
    }

    /** "offered 2.5 percent in the first year and 2 percent in each of the next two": the cut leaves half of a pair. */
    private static boolean halfACoordination(List<Text.Token> t, boolean[] quoted, int verb, int at) {
        int complement = verb + 1;
        while (complement < at && t.get(complement).is("VERB", "AUX", "PART", "ADV")) complement++;
        if (complement >= at) return false;
        for (int k = at + 1; k + 1 < t.size() && (quoted[k] || !t.get(k).lower().matches("[,;:—–]")); k++) {
            if (!t.get(k).is("CCONJ")) continue;
            Text.Token next = t.get(k + 1);
            if (next.tag().equals(t.get(complement).tag()) || next.lower().equals(t.get(at).lower())) return true;
        }
        return false;
    }

    private static int nextComma(List<Text.Token> t, boolean[] quoted, int from) {
        for (int i = Math.max(0, from); i < t.size(); i++) if (!quoted[i] && t.get(i).text().equals(",")) return i;
        return -1;
    }
}
