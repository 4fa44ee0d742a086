package brief.draft;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What happened at a date the article gives: the part of its sentence the date belongs to. */
final class Events {
    private Events() {}

    private static final java.util.Set<String> SUBORDINATORS = Words.set("that", "which", "who", "when", "since", "after",
            "before", "until", "as", "because", "where", "while", "once");

    /** Verbs after which a clause tells what someone said or expects: the date may belong to that clause. */
    private static final java.util.Set<String> REPORTED = Words.set("said", "says", "say", "added", "adds", "announced",
            "announces", "reported", "reports", "warned", "warns", "believe", "believes", "expect", "expects", "forecast",
            "forecasts", "predict", "predicts", "estimated", "estimates", "hope", "hopes", "hoped");
    /** "…, up from 1,600 on Tuesday": the date belongs to the earlier level of the figure the clause gives. */
    private static final Pattern UP_FROM = Pattern.compile("(?i)\\b(?:up|down)\\s+from\\s+(?:(?:about|around|nearly|some|"
            + "roughly)\\s+)?(\\d[\\d.,]*(?:\\s*(?:%|percent|per cent))?)\\s+(?:(?:on|in|at)\\s+)?$");
    private static final Pattern AMOUNT = Pattern.compile("(?i)(?:(?:about|around|nearly|almost|roughly|some|more than|"
            + "over)\\s+)?\\d[\\d.,]*(?:\\s*(?:%|percent|per cent))?");
    /** ", Superintendent Paul Ekwueme said in a letter to parents.": who says so, which is no part of what happened. */
    private static final Pattern ATTRIBUTED = Pattern.compile("(?i),\\s+[^,]{0,60}?\\b(?:said|says|told|added|announced)\\b[^,]*$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)^(it|he|she|they)\\s");

    /**
     * What happened at a date: the sentence's main clause where the date is part of it, else the clause the date stands
     * in ("ending a debate that has run since the old pool closed in November 2025": the old pool closed), the clause
     * of what someone said or expects ("forecasters expect temperatures to drop on Saturday"), or the earlier level of
     * a figure ("4,200 residents were under evacuation orders, up from 1,600 on Tuesday").
     */
    static String what(Text.Sentence s, int start, int end) {
        String clause = ATTRIBUTED.matcher(Clauses.mainClause(s, Dates.TIMELINE_WORDS)).replaceFirst("");
        String main = withoutDate(clause, s.text().substring(start, end));
        Matcher from = UP_FROM.matcher(s.text().substring(Math.max(0, start - 60), start));
        String level = withoutDates(clause);
        Matcher amount = AMOUNT.matcher(level);
        if (from.find() && amount.find()) {
            return tidy(level.substring(0, amount.start()) + from.group(1) + level.substring(amount.end()));
        }
        List<Text.Token> t = s.tokens();
        int first = -1;
        String subject = "";
        String place = "";
        String referent = "";
        for (int k = 0; k + 1 < t.size() && t.get(k + 1).start() < start; k++) {
            String w = t.get(k).lower();
            if (t.get(k).text().equals(",")) first = -1;
            if (w.matches("which|who") && !antecedent(s, k).isEmpty()) referent = antecedent(s, k);
            if (!SUBORDINATORS.contains(w) && !(REPORTED.contains(w) && t.get(k).is("VERB"))) continue;
            if (t.get(k + 1).is("DET", "PROPN", "PRON", "NOUN", "NUM") && (SUBORDINATORS.contains(w) || verbBetween(t, k + 1, start))) {
                first = k + 1;
                subject = "";
                place = w.equals("where") ? placeBefore(s, k) : "";
            } else if (w.matches("which|who|that") && t.get(k + 1).is("AUX", "VERB") && !endsBefore(t, k + 1, start)) {
                // "the authority, which had inspected the ship on 5 October": the authority inspected it then
                first = k + 1;
                subject = antecedent(s, k) + " ";
                place = "";
            }
        }
        String participle = participle(s, start);
        if (participle != null) return tidy(participle);
        if (first < 0) return tidy(main);
        // the date itself is shown beside the event
        String own = subject + s.text().substring(t.get(first).start(), start).strip()
                .replaceAll("(?i)[\\s,]+(in|on|at|of|by|since)$", "").replaceAll("(?i)[\\s,]+(?:by|at|until|before) the (?:end|start)$", "");
        Matcher pronoun = PRONOUN.matcher(own);
        String standsFor = referent.isEmpty() ? subjectOf(s) : referent;
        // "since it ignited on Monday" within "the fire, which has burned 18,400 acres": the fire ignited then
        if (pronoun.find() && !standsFor.isEmpty()) own = standsFor + own.substring(pronoun.end() - 1);
        own = (own.strip() + place).strip();
        return Words.count(own) < 3 ? tidy(main) : tidy(own + ".");
    }

    private static final Pattern PARTICIPLE = Pattern.compile("(?i)\\p{L}+ed|made|held|built|sent|written|given|taken|shown|"
            + "done|found|sold|won|set|put|begun|known|seen");

    /**
     * "according to a trial of 6,412 families published on Wednesday", "the survey, published in June": a noun that
     * a participle tells something of at the date, after the sentence's own verb, as what happened to it.
     */
    private static String participle(Text.Sentence s, int start) {
        List<Text.Token> t = s.tokens();
        int p = 0;
        while (p < t.size() && t.get(p).start() < start) p++;
        p--;
        while (p >= 0 && (t.get(p).text().matches(Dates.WEEKDAY + "|,"))) p--;
        if (p >= 0 && t.get(p).is("ADP")) p--;
        if (p < 2 || !t.get(p).is("VERB") || !PARTICIPLE.matcher(t.get(p).text()).matches()) return null;
        boolean apart = t.get(p - 1).text().equals(",");
        int last = apart ? p - 2 : p - 1;
        if (last < 0 || !t.get(last).is("NOUN", "PROPN")) return null;
        int from = last;
        int head = last;
        while (true) {
            // "a randomised trial": a participle before a noun describes it
            while (from > 0 && !t.get(from).is("DET") && (t.get(from - 1).is("NOUN", "PROPN", "ADJ", "DET", "NUM")
                    || Names.possessive(t.get(from - 1)) || t.get(from - 1).lower().matches("its|their|his|her|our")
                    || t.get(from - 1).is("VERB") && PARTICIPLE.matcher(t.get(from - 1).text()).matches())) {
                from--;
            }
            // "a review of 212 bridges", "a deal with a carmaker": the review, the deal was what happened to
            if (from < 2 || !t.get(from - 1).lower().matches("of|with") || !t.get(from - 2).is("NOUN", "PROPN")) break;
            from -= 2;
            head = from;
        }
        // without commas, only a noun in a phrase of its own ("in a report", "according to a trial") is no subject
        // whose verb the participle may be ("drivers for the authority voted on Tuesday", "the company listed in June")
        boolean phrase = from > 0 && t.get(from - 1).is("ADP") && !SUBORDINATORS.contains(t.get(from - 1).lower())
                && (from == 1 || !t.get(from - 2).is("NOUN", "PROPN"));
        if (!apart && !phrase) return null;
        String noun = t.get(head).lower();
        String be = noun.endsWith("s") && !noun.endsWith("ss") ? " were " : " was ";
        return s.text().substring(t.get(from).start(), t.get(last).end()) + be + t.get(p).text() + ".";
    }

    /**
     * "the share of cells that pass checks rose in May": a clause of "that" or "which" that has ended in a verb of
     * the sentence's own before the date, which is then no part of it.
     */
    private static boolean endsBefore(List<Text.Token> t, int verb, int date) {
        boolean inVerb = true;
        for (int j = verb; j < t.size() && t.get(j).start() < date; j++) {
            if (t.get(j).is("VERB", "AUX") && !inVerb) return true;
            inVerb = t.get(j).is("VERB", "AUX", "ADV", "PART");
        }
        return false;
    }

    /** "reported a fault in the gear on 2 May": what follows the word is a clause only when it has a verb of its own. */
    private static boolean verbBetween(List<Text.Token> t, int from, int date) {
        for (int j = from; j < t.size() && t.get(j).start() < date; j++) if (t.get(j).is("VERB", "AUX")) return true;
        return false;
    }

    /** "— Firefighters held …" after a dateline: an event begins with its first word. */
    private static String tidy(String what) {
        String t = what.replaceFirst("^[\\s—–-]+", "").strip();
        return Words.capitalized(t.matches("(?s).*[.!?…]$") ? t : t + ".");
    }

    /** The noun phrase a "which" or "who" stands for: the determiner, adjectives and nouns just before it. */
    private static String antecedent(Text.Sentence s, int relative) {
        int[] np = phraseBefore(s, relative);
        return np == null ? "" : s.text().substring(s.tokens().get(np[0]).start(), s.tokens().get(np[1]).end());
    }

    private static int[] phraseBefore(Text.Sentence s, int relative) {
        List<Text.Token> t = s.tokens();
        int last = relative - 1;
        if (last >= 0 && t.get(last).text().equals(",")) last--;
        int from = last;
        while (from > 0 && t.get(from - 1).is("NOUN", "PROPN", "ADJ", "DET") && !t.get(from).is("DET")) from--;
        return last < 0 || from > last || !t.get(last).is("NOUN", "PROPN") ? null : new int[] {from, last};
    }

    /** "a shelter at the high school, where 212 people slept": the place a "where" stands for, with its preposition. */
    private static String placeBefore(Text.Sentence s, int where) {
        int[] np = phraseBefore(s, where);
        List<Text.Token> t = s.tokens();
        if (np == null || np[0] == 0 || !t.get(np[0] - 1).is("ADP")) return "";
        return " " + s.text().substring(t.get(np[0] - 1).start(), t.get(np[1]).end());
    }

    /** The sentence's subject, when it is a short noun phrase before its first verb ("The county board"). */
    private static String subjectOf(Text.Sentence s) {
        List<Text.Token> t = s.tokens();
        int from = 0;
        int after = s.text().length() - Clauses.withoutDateline(s.text()).length();
        while (from < t.size() && t.get(from).start() < after) from++;
        int k = from;
        while (k < t.size() && k - from < 6 && t.get(k).is("DET", "ADJ", "NOUN", "PROPN", "NUM")) k++;
        boolean noun = k > from && t.get(k - 1).is("NOUN", "PROPN");
        return noun && k < t.size() && t.get(k).is("VERB", "AUX") ? s.text().substring(t.get(from).start(), t.get(k - 1).end()) : "";
    }

    /** The clause without any of its dates: the level a figure had at another date is told without this one's. */
    private static String withoutDates(String clause) {
        String out = clause;
        Matcher m = Dates.DATE.matcher(clause);
        while (m.find()) out = withoutDate(out, m.group());
        return out;
    }

    /** "In 1958 she designed her first bridge" as "She designed her first bridge": the timeline shows the date beside it. */
    private static String withoutDate(String clause, String date) {
        // "The last strike, in 2014, lasted 23 days": a date set off by commas goes with them
        int aside = clause.toLowerCase(Locale.ROOT).indexOf(", " + date.toLowerCase(Locale.ROOT) + ",");
        if (aside > 0) return clause.substring(0, aside) + clause.substring(aside + date.length() + 3);
        int at = clause.toLowerCase(Locale.ROOT).indexOf(date.toLowerCase(Locale.ROOT));
        // a date amid the clause before a comma ends an aside that would be left open ("built in 1972, was")
        if (at < 0 || at > 0 && clause.startsWith(",", at + date.length())) return clause;
        String before = clause.substring(0, at).replaceFirst("(?i)\\b(?:from|to|on|in|since|until|by|during)\\s+$", "");
        String rest = (before + clause.substring(at + date.length()).replaceFirst("^(?i)\\s+(?:morning|afternoon|evening|night)\\b", "")
                .replaceFirst("^,", "")).replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:])", "$1").strip();
        // "The next council meeting is on 16 April": the meeting is the event
        rest = rest.replaceFirst("(?i)\\s+(?:is|are|was|were|will be)([.!?]?)$", "$1");
        return Words.count(rest) < 3 ? clause : Words.capitalized(rest);
    }
}
