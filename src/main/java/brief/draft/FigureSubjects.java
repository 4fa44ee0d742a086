package brief.draft;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The noun phrase a number is said of, read from the words before it: "ticket sales rose by", "its budget was". */
final class FigureSubjects {
    private FigureSubjects() {}

    /** Prepositions that join a phrase to its noun ("wait for surgery"); "after" or "since" start one of time. */
    private static final Set<String> PHRASE = Words.set("of", "for", "in", "from", "to", "at", "on", "with");
    private static final Pattern POSSESSIVE = Pattern.compile("its|their|his|her|our|my");
    /** Verbs that give a level, not a change: "its budget was", "the average wait reached". */
    private static final Set<String> LEVEL = Words.set("is", "was", "were", "are", "be", "been", "reached", "hit",
            "totalled", "totaled", "stood", "stands", "averaged", "topped", "remained", "remains");
    /** Verbs that say what a span of time is: "was sentenced to four years", "a trial that lasted seven weeks". */
    private static final Map<String, String> DURATION_VERBS = Map.ofEntries(Map.entry("sentenced", "sentence"),
            Map.entry("jailed", "prison sentence"), Map.entry("imprisoned", "prison sentence"), Map.entry("banned", "ban"),
            Map.entry("barred", "ban"), Map.entry("suspended", "suspension"), Map.entry("lasted", "length of"),
            Map.entry("lasts", "length of"), Map.entry("last", "length of"), Map.entry("waited", "wait"));
    /**
     * The noun phrase a number stands for, from the words before it in its clause: the noun it is of ("an average
     * of 40 days"), or the subject of the verb of change or level it follows ("ticket sales rose by", "its budget
     * was", "the new school is expected to cost"); null where the number follows any other verb or no verb at all.
     */
    static String of(Text.Sentence s, int from, int at) {
        List<Text.Token> t = s.tokens();
        int k = -1;
        for (int i = 0; i < t.size(); i++) if (t.get(i).end() <= at) k = i;
        // the number's own words ("the next", "every") name nothing
        while (k >= 0 && t.get(k).start() >= from && t.get(k).is("DET", "ADJ", "ADV") && !infinitive(t, k)) k--;
        // a sentence that opens with its number ("Twelve months after …") has nothing before it
        if (k < 0 || t.get(k).start() < from) return null;
        if (t.get(k).lower().equals("of") && k > 0 && t.get(k - 1).is("NOUN") && t.get(k - 1).start() >= from) {
            int first = k - 1;
            while (first > 0 && t.get(first - 1).is("NOUN", "ADJ") && t.get(first - 1).start() >= from) first--;
            return lowerCommon(s, first, k - 1);
        }
        int v = k;
        // "fell" and "rose" are read as nouns at times: a past tense of change is a verb whatever its tag
        while (v >= 0 && t.get(v).start() >= from && !t.get(v).is("VERB", "AUX") && !PAST.contains(t.get(v).lower())
                && !LEVEL.contains(t.get(v).lower()) && !infinitive(t, v)) v--;
        if (v < 0 || t.get(v).start() < from) return null;
        String verb = t.get(v).lower();
        // "walked for at least 20 minutes": how long something was done is the time spent doing it
        if (v + 1 == k && t.get(k).lower().equals("for") && verb.endsWith("ed") && !DURATION_VERBS.containsKey(verb)) {
            return "time spent " + verb.substring(0, verb.length() - (verb.endsWith("ied") ? 3 : 2)) + (verb.endsWith("ied") ? "ying" : "ing");
        }
        int[] np = subjectOf(t, from, groupStart(t, v));
        String duration = DURATION_VERBS.get(verb);
        if (duration != null && !duration.endsWith(" of")) return duration;
        if (duration != null) return np == null ? null : duration + " " + lowerCommon(s, np[0], np[1]).replaceAll("^(?i)(the|a|an) ", "");
        if (np == null) return null;
        String change = CHANGE.get(verb);
        // "fell from 24.7% to 12.2%": the level before or after a change is the thing itself
        if (change != null && !t.get(k).lower().matches("to|from")) return change + " " + lowerCommon(s, np[0], np[1]);
        if (change == null && !LEVEL.contains(verb)) return null;
        // "the museum is open six days a week": what stands between the verb and the number is what the number is of
        for (int i = v + 1; i <= k; i++) if (change == null && t.get(i).is("ADJ", "NOUN", "VERB")) return null;
        while (np[0] < np[1] && (t.get(np[0]).is("DET", "PRON") || POSSESSIVE.matcher(t.get(np[0]).lower()).matches())) np[0]++;
        return lowerCommon(s, np[0], np[1]);
    }

    /** "due to last 48 hours", "start in May and last 20 months": a verb of time after "to" or "and", whatever its tag. */
    private static boolean infinitive(List<Text.Token> t, int k) {
        return k > 0 && t.get(k - 1).lower().matches("to|and|or") && DURATION_VERBS.containsKey(t.get(k).lower());
    }

    /** Where the verb group of token {@code v} starts: "is expected to cost", "is due to last". */
    private static int groupStart(List<Text.Token> t, int v) {
        int group = v;
        while (group > 0 && (t.get(group - 1).is("AUX", "PART", "VERB", "ADV") || t.get(group - 1).lower().matches("due|likely|able|to"))) group--;
        return group;
    }

    /**
     * What the verb group from token {@code group} is said of: its subject; the noun before "that" or ", which"
     * ("a trial that lasted", "the strike, which is due to last"); the subject of the verb before "and" ("work is
     * due to start in May and last"); a subject set off by commas (", Ostbahn, has offered").
     */
    private static int[] subjectOf(List<Text.Token> t, int from, int group) {
        int at = group;
        if (at > 1 && t.get(at - 1).is("CCONJ")) {
            int j = at - 2;
            while (j >= 0 && t.get(j).start() >= from && !t.get(j).is("VERB", "AUX")) j--;
            if (j < 0 || t.get(j).start() < from) return null;
            at = groupStart(t, j);
        }
        // the noun a relative clause is said of is the one just before it, without phrases of its own
        if (at > 0 && t.get(at - 1).lower().matches("that|which|who")) {
            at--;
            if (at > 0 && t.get(at - 1).text().equals(",")) return nounPhraseBefore(t, 0, at - 1, 0);
            return nounPhraseBefore(t, from, at, 0);
        }
        int[] np = nounPhraseBefore(t, from, at, 2);
        if (np == null && at > 0 && t.get(at - 1).text().equals(",")) np = nounPhraseBefore(t, 0, at - 1, 2);
        return np;
    }

    /**
     * The noun phrase ending just before token {@code at}, with its determiners and, of at most {@code most} phrases of
     * prepositions, the first ("a ride from the hospital"), as token bounds; null where it is the subject of a relative clause.
     */
    private static int[] nounPhraseBefore(List<Text.Token> t, int from, int at, int most) {
        int last = at - 1;
        if (last < 0) return null;
        // "the average wait for them was": the pronoun is part of the phrase, its noun the head
        int first = last >= 2 && t.get(last).is("PRON") && t.get(last - 1).is("ADP") && nounLike(t, last - 2) ? last - 2 : last;
        if (t.get(first).start() < from || !nounLike(t, first)) return null;
        int phrases = first < last ? 1 : 0;
        while (first > 0 && t.get(first - 1).start() >= from) {
            Text.Token w = t.get(first - 1);
            // "missed appointments": a participle before its noun, with no subject before it
            boolean participle = w.is("VERB") && w.lower().endsWith("ed") && (first - 2 < 0 || !t.get(first - 2).is("NOUN", "PROPN", "PRON", "AUX", "VERB"));
            boolean joins = w.is("ADP") && PHRASE.contains(w.lower()) && phrases < most && first - 2 >= 0
                    && t.get(first - 2).is("NOUN", "PROPN", "DET", "ADJ");
            boolean part = w.is("NOUN", "PROPN", "ADJ", "DET", "NUM") || participle || POSSESSIVE.matcher(w.lower()).matches() || joins;
            if (!part) break;
            if (joins) phrases++;
            first--;
        }
        while (first < last && t.get(first).is("ADP")) first++;
        if (first > 0 && t.get(first - 1).lower().matches("which|that|who")) return null;
        // "a ride from the hospital to my neighbourhood": the head and its first phrase say enough
        int adp = 0;
        for (int k = first; k <= last; k++) {
            if (t.get(k).is("ADP") && ++adp == 2 && k - 1 > first) return new int[] {first, k - 1};
        }
        return new int[] {first, last};
    }

    /** A noun, or a word the tagger read as a verb after "the", an adjective or a noun ("the average wait"). */
    private static boolean nounLike(List<Text.Token> t, int k) {
        return t.get(k).is("NOUN", "PROPN") || (k > 0 && t.get(k).is("VERB") && t.get(k - 1).is("DET", "ADJ", "NOUN"));
    }

    /** The words from token {@code from} to {@code to}, a sentence's capital dropped from a common noun. */
    static String lowerCommon(Text.Sentence s, int from, int to) {
        List<Text.Token> t = s.tokens();
        String text = s.text().substring(t.get(from).start(), t.get(to).end());
        // "Bus fares rose": a capital word before a lower-case noun is a common noun that opens the sentence
        boolean common = !t.get(0).is("PROPN") || (to > 0 && Character.isLowerCase(t.get(1).text().charAt(0)));
        return from == 0 && common ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }

    /** Verbs of a figure's sentence and the noun a label uses for them. */
    private static final Map<String, String> CHANGE = Map.ofEntries(Map.entry("cost", "cost of"), Map.entry("costs", "cost of"),
            Map.entry("save", "saving from"), Map.entry("rose", "rise in"), Map.entry("rise", "rise in"),
            Map.entry("grew", "growth in"), Map.entry("increased", "rise in"), Map.entry("fell", "fall in"),
            Map.entry("fall", "fall in"), Map.entry("dropped", "fall in"), Map.entry("declined", "fall in"),
            Map.entry("raised", "raised by"), Map.entry("paid", "paid by"), Map.entry("earned", "earnings of"),
            Map.entry("offered", "offer by"), Map.entry("proposed", "proposal by"), Map.entry("demanded", "demand by"));
    /** Past tenses of change the tagger may read as nouns ("appointments fell"); "a pay rise" is a noun. */
    private static final Set<String> PAST = Words.set("fell", "rose", "grew", "dropped", "declined", "increased", "offered");
}
