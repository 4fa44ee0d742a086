package brief.draft;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What a figure counts, in the words of its sentence: the label a briefing shows beside the number. */
final class FigureLabels {
    private FigureLabels() {}

    /**
     * The label of the number written {@code core} from {@code start} to {@code end} of its sentence, in the
     * comma-bounded {@code clause}; null where nothing around it says what it is.
     */
    static String of(Text.Sentence s, Figures.Kind kind, String core, int start, int end, int[] clause, String unit) {
        String text = s.text();
        String after = text.substring(end);
        String label = kind == Figures.Kind.COUNT ? countedThing(s, end) : null;
        // "a main span of 850 metres", "a class of 64": a measure or a count named by the noun it is of
        if (kind == Figures.Kind.COUNT && label == null && (unit != null || ofNoun(text, start))
                && !after.matches("(?s)^\\s*(?:to|and|or|[-–])\\s*\\d.*")) label = before(s, clause[0], start);
        if (kind == Figures.Kind.COUNT && label == null) return null;
        if (label == null && kind != Figures.Kind.SCORE) label = countedThing(s, end);
        if (label == null && kind == Figures.Kind.AGE) label = "age";
        if (label == null && kind == Figures.Kind.MONEY) label = spentOn(s, start, end);
        if (label == null && kind != Figures.Kind.SCORE) label = purpose(s, end);
        if (label == null) label = before(s, clause[0], start);
        if (label != null && !label.matches("(?s).*\\p{L}.*")) label = null;
        if (label == null || label.isEmpty()) {
            label = firstWords(text.substring(end, clause[1]), 4).replaceAll("[\\s,;:.]+$", "");
            // the words after a number that names nothing else ("six days, ") are what follows it, not what it counts
            if (label.split("\\s+").length < 2) return null;
        }
                if (kind == Figures.Kind.COUNT && core.matches("(?i)two|three") && text.substring(0, start).matches("(?s).*\\b(?i:the)\\s$")) {
            return null;
        }
        // "busiest harbour after" reads as "busiest harbour": a label does not end on the word that led to the number
        label = TRAILING_FUNCTION.matcher(label).replaceAll("");
        if (!meaningful(label, kind, core, text.substring(0, start))) return null;
        return label;
    }

    private static final Pattern OF_NOUN = Pattern.compile("(?i)\\b\\p{L}{3,}\\s+of\\s+(?:about |some |over |nearly )?$");

    private static boolean ofNoun(String text, int at) {
        return OF_NOUN.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    private static final Set<String> FUNCTION = Words.set("the", "a", "an", "of", "to", "in", "on", "at", "by",
            "for", "with", "from", "after", "before", "and", "or", "but", "its", "their", "his", "her", "which", "who",
            "that", "this", "than", "as");
    private static final Pattern TRAILING_FUNCTION = Pattern.compile("(?i)(?:\\s+(?:" + String.join("|", FUNCTION) + "))+$");
    /** "Brennmoor had 58 percent": a label ending on its verb is a clause, and the number is what it has or is. */
    private static final Pattern ENDS_ON_VERB = Pattern.compile("(?i).*\\b(?:had|has|have|was|were|is|are|be|been|found|made|make)$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she|it|they|we|i|himself|herself|itself|themselves)\\b");
    private static final Pattern UNIT_ONLY = Pattern.compile("(?i)yards?|feet|foot|inches|metres?|meters?|miles?|minutes?|seconds?|points?");

    /**
     * Whether a label tells a reader what the number is: not a fragment cut at a function word or a comma, not a
     * clause with its own subject ("Brennmoor had", "itself found"), not a unit or a route number ("12 bus").
     */
    private static boolean meaningful(String label, Figures.Kind kind, String core, String before) {
        String[] words = label.strip().split("\\s+");
        if (!label.matches("(?s)^[\\p{L}\\d].*[\\p{L}\\d]$|[\\p{L}\\d]")) return false;
        // "to appeal the decision" says what a duration is for
        if (FUNCTION.contains(words[0].toLowerCase(Locale.ROOT)) && !words[0].equals("to")) return false;
        if (PRONOUN.matcher(label).find() || ENDS_ON_VERB.matcher(label).matches() || UNIT_ONLY.matcher(label).matches()) return false;
        if (before.matches("(?is).*\\b(?:number|no\\.|route|line)\\s+$")) return false;
        // "Greystone had 63 percent": a name alone says who has the share, not of what
        if (kind == Figures.Kind.PERCENT && words.length == 1 && Character.isUpperCase(label.charAt(0))) return false;
        // "two defenders": a count of a few, in words, is detail rather than a figure to know
        return !(kind == Figures.Kind.COUNT && words.length == 1 && core.matches("(?i)two|three|four|five"));
    }

    /** The few words before a number that say what it is ("the two electric vessels will cost"), without the articles. */
    private static String before(Text.Sentence s, int from, int at) {
        List<Text.Token> t = s.tokens();
        int end = -1;
        for (int k = 0; k < t.size(); k++) if (t.get(k).end() <= at) end = k;
        // a sentence that opens with its number ("Twelve months after …") has nothing before it
        if (end < 0) return null;
        int start = end;
        while (start > 0 && end - start < 4 && t.get(start - 1).start() >= from && !t.get(start - 1).is("PUNCT")) start--;
        while (start <= end && (t.get(start).is("DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART")
                || Words.REPORTING.contains(t.get(start).lower()))) start++;
        // "a pay rise of" reads as "pay rise"; "rose by" keeps its verb
        while (end > start && (t.get(end).is("DET", "CCONJ", "PRON") || t.get(end).lower().matches("of|to|at|for|with|from"))) end--;
        if (start > end) return null;
        boolean of = end + 1 < t.size() && t.get(end + 1).lower().equals("of") && t.get(end).is("NOUN");
        if (of) {
            // "waited an average of 74 days": the number is the average
            int first = end;
            while (first > start && t.get(first - 1).is("NOUN", "ADJ")) first--;
            return lowerCommon(s, first, end);
        }
        for (int k = start; k < end; k++) {
            // "Revenue grew 9 percent to": another number between is another figure's; the subject names this one
            if (t.get(k).is("NUM") && k > start && t.get(start).is("NOUN", "PROPN")) return lowerCommon(s, start, start);
        }
        if (end > start && t.get(end).lower().equals("by") && CHANGE.containsKey(t.get(end - 1).lower())) end--;
        String change = CHANGE.get(t.get(end).lower());
        if (change != null) {
            // "the project is expected to cost" reads as "cost of the project": the thing, not the verb phrase
            int nounsEnd = start;
            while (nounsEnd < end && t.get(nounsEnd).is("NOUN", "PROPN", "ADJ", "NUM", "PUNCT") && !t.get(nounsEnd).text().equals(",")) nounsEnd++;
            if (nounsEnd > start && t.get(nounsEnd - 1).is("NOUN", "PROPN")) {
                String thing = s.text().substring(t.get(start).start(), t.get(nounsEnd - 1).end());
                // a sentence's capital is no part of the name of a common noun
                if (start == 0 && !t.get(0).is("PROPN")) thing = thing.substring(0, 1).toLowerCase(Locale.ROOT) + thing.substring(1);
                return change + " " + thing;
            }
        }
        // "its budget for the year was" names the budget; "the average wait reached" the wait
        while (end > start && t.get(end).is("AUX", "VERB") && !CHANGE.containsKey(t.get(end).lower())) end--;
        return s.text().substring(t.get(start).start(), t.get(end).end());
    }

    /** The words from token {@code from} to {@code to}, a sentence's capital dropped from a common noun. */
    private static String lowerCommon(Text.Sentence s, int from, int to) {
        List<Text.Token> t = s.tokens();
        String text = s.text().substring(t.get(from).start(), t.get(to).end());
        return from == 0 && !t.get(0).is("PROPN") ? text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1) : text;
    }

    /** Verbs of a figure's sentence and the noun a label uses for them. */
    private static final Map<String, String> CHANGE = Map.ofEntries(Map.entry("cost", "cost of"), Map.entry("costs", "cost of"),
            Map.entry("save", "saving from"), Map.entry("rose", "rise in"), Map.entry("rise", "rise in"),
            Map.entry("grew", "growth in"), Map.entry("increased", "rise in"), Map.entry("fell", "fall in"),
            Map.entry("fall", "fall in"), Map.entry("dropped", "fall in"), Map.entry("declined", "fall in"),
            Map.entry("raised", "raised by"), Map.entry("paid", "paid by"), Map.entry("earned", "earnings of"));

    /** What a verb does with money, as a noun: "to spend NOK 40 million on the quay" is spending on the quay. */
    private static final Map<String, String> SPENDING = Map.ofEntries(Map.entry("spend", "spending"),
            Map.entry("spent", "spending"), Map.entry("spends", "spending"), Map.entry("invest", "investment"),
            Map.entry("invested", "investment"), Map.entry("borrow", "borrowing"), Map.entry("borrowed", "borrowing"),
            Map.entry("allocate", "allocated"), Map.entry("allocated", "allocated"), Map.entry("set", "set aside"),
            Map.entry("pay", "payment"), Map.entry("paid", "payment"), Map.entry("award", "award"),
            Map.entry("awarded", "award"), Map.entry("lend", "loan"), Map.entry("lent", "loan"));

    /**
     * An amount named by the phrase around it: "spend NOK 40 million on the quay" as "spending on the quay",
     * "NOK 5 million raised by the club" as "raised by the club".
     */
    private static String spentOn(Text.Sentence s, int start, int end) {
        List<Text.Token> t = s.tokens();
        int k = 0;
        while (k < t.size() && t.get(k).start() < end) k++;
        int before = -1;
        for (int i = 0; i < t.size() && t.get(i).end() <= start; i++) before = i;
        if (k < t.size() && t.get(k).is("VERB") && t.get(k).lower().endsWith("ed") && k + 1 < t.size()
                && t.get(k + 1).is("ADP")) {
            return phrase(s, k, k + 2);
        }
        String verb = before >= 0 ? t.get(before).lower() : "";
        if (k + 1 < t.size() && t.get(k).lower().matches("on|for|towards|to|in") && SPENDING.containsKey(verb)) {
            String noun = SPENDING.get(verb);
            return noun + " " + t.get(k).lower() + " " + phrase(s, k + 1, k + 1);
        }
        return SPENDING.containsKey(verb) && t.get(before).is("VERB") ? SPENDING.get(verb) : null;
    }

    /** From token {@code from} through a noun phrase starting at {@code np}: determiners, adjectives and nouns, up to five. */
    private static String phrase(Text.Sentence s, int from, int np) {
        List<Text.Token> t = s.tokens();
        int last = np;
        while (last + 1 < t.size() && last + 1 - np < 5 && (t.get(last + 1).is("DET", "ADJ", "NOUN", "PROPN", "NUM")
                || t.get(last + 1).lower().endsWith("ing") || t.get(last + 1).text().matches("['’]s?") || Names.possessive(t.get(last + 1)))
                && !t.get(last + 1).text().equals(",")) last++;
        while (last > np && !t.get(last).is("NOUN", "PROPN")) last--;
        return s.text().substring(t.get(from).start(), t.get(last).end());
    }

    /** What a duration or amount is for, in the article's words: "30 days to appeal the decision". */
    private static String purpose(Text.Sentence s, int end) {
        List<Text.Token> t = s.tokens();
        int k = 0;
        while (k < t.size() && t.get(k).start() < end) k++;
        // "next year to cut waiting lists": when the sum is paid comes between it and what it is for
        if (k + 2 < t.size() && t.get(k).lower().matches("next|this|each|every|a|per|last") && t.get(k + 1).lower().matches("year|month|week|day|decade")) k += 2;
        if (k + 1 >= t.size() || !t.get(k).lower().equals("to") || !t.get(k + 1).is("VERB")) return null;
        int last = k + 1;
        while (last + 1 < t.size() && last - k < 5 && !t.get(last + 1).is("PUNCT", "CCONJ", "SCONJ")) last++;
        while (last > k + 1 && t.get(last).is("DET", "ADP")) last--;
        return s.text().substring(t.get(k).start(), t.get(last).end());
    }

    private static String firstWords(String text, int n) {
        String[] w = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, Math.min(n, w.length)));
    }

    /** What a count counts: the nouns right after it ("15 cooperation documents", "nine memorandums of understanding"). */
    private static String countedThing(Text.Sentence s, int end) {
        List<Text.Token> t = s.tokens();
        int k = 0;
        while (k < t.size() && t.get(k).start() < end) k++;
        // "8,700 of its members": what is counted comes after "of" and its determiner
        if (k + 2 < t.size() && t.get(k).lower().equals("of") && t.get(k + 1).is("DET", "PRON")) k += 2;
        int from = k;
        int last = -1;
        boolean usedOf = false;
        while (k < t.size() && k - from < 5) {
            Text.Token w = t.get(k);
            // "3.2 million passengers last year": when is not what is counted
            if (w.lower().matches("next|last|this|each|every") && k + 1 < t.size() && t.get(k + 1).lower().matches("years?|months?|weeks?|days?|decades?")) break;
            if (w.is("NOUN", "ADJ", "PROPN") && !Character.isDigit(w.text().charAt(0))) {
                if (w.is("NOUN", "PROPN")) last = k;
            } else if (w.lower().equals("of") && !usedOf && last >= 0) {
                usedOf = true;
            } else {
                break;
            }
            k++;
        }
        if (last < 0) return null;
        return s.text().substring(t.get(from).start(), t.get(last).end());
    }
}
