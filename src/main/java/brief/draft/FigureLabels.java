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
        if (kind == Figures.Kind.SCORE) return score(s, clause[0], start);
        String after = text.substring(end);
        String label = kind == Figures.Kind.COUNT ? countedThing(s, end) : null;
        if (label != null && unit == null) label = counted(s, label, clause[0], start, end);
        if (kind == Figures.Kind.PERCENT) label = shareOf(s, end);
        // "a main span of 850 metres", "a class of 64": a measure or a count named by the noun it is of
        if (kind == Figures.Kind.COUNT && label == null && (unit != null || ofNoun(text, start))
                && !after.matches("(?s)^\\s*(?:to|and|or|[-–])\\s*\\d.*")) label = FigureSubjects.of(s, clause[0], start);
        if (kind == Figures.Kind.COUNT && label == null) return null;
        if (label == null && kind != Figures.Kind.SCORE) label = countedThing(s, end);
        if (label == null && kind == Figures.Kind.AGE) label = "age";
        if (label == null && kind == Figures.Kind.MONEY) label = spentOn(s, start, end);
        if (label == null && kind != Figures.Kind.SCORE) label = purpose(s, end);
        if (label == null) label = FigureSubjects.of(s, clause[0], start);
        if (label != null && kind == Figures.Kind.PERCENT) label = sharedOut(s, label, end);
        if (label != null && !label.matches("(?s).*\\p{L}.*")) label = null;
        if (label == null || label.isEmpty()) {
            label = firstWords(text.substring(end, clause[1]), 4).replaceAll("[\\s,;:.]+$", "");
            // the words after a number that names nothing else ("six days, ") are what follows it, not what it counts
            if (label.split("\\s+").length < 2 || !namesAThing(s, end, end + label.length())) return null;
        }
                if (kind == Figures.Kind.COUNT && core.matches("(?i)two|three") && text.substring(0, start).matches("(?s).*\\b(?i:the)\\s$")) {
            return null;
        }
        // "busiest harbour after" reads as "busiest harbour": a label does not end on the word that led to the number
        label = TRAILING_FUNCTION.matcher(label).replaceAll("");
        if (!meaningful(label, kind, core, text.substring(0, start))) return null;
        return label;
    }

    /**
     * "Rovers beat Albion 3-1", "the home side had trailed 1-0": a score is named by the words before it, from the
     * side that played to the verb and whom it played; null where they are not a subject and its verb.
     */
    private static String score(Text.Sentence s, int from, int start) {
        List<Text.Token> t = s.tokens().stream().filter(w -> w.start() >= from && w.end() <= start).toList();
        int first = 0;
        while (first < t.size() && t.get(first).is("DET", "PUNCT")) first++;
        int verb = first;
        while (verb < t.size() && (t.get(verb).is("NOUN", "PROPN", "ADJ", "DET") || Names.possessive(t.get(verb)))) verb++;
        if (verb == first || verb >= t.size() || !t.get(verb).is("VERB", "AUX") || t.size() - first > 7) return won(t);
        Text.Token last = t.get(t.size() - 1);
        if (!last.is("NOUN", "PROPN", "VERB")) return null;
        return FigureSubjects.lowerCommon(s, s.tokens().indexOf(t.get(first)), s.tokens().indexOf(last));
    }

    /** "… after beating Albion 3-1": a score after a verb of winning and the side beaten is a win over that side. */
    private static String won(List<Text.Token> t) {
        int k = t.size() - 1;
        int last = k;
        while (k >= 0 && Character.isUpperCase(t.get(k).text().charAt(0))) k--;
        if (k < 0 || k == last || !t.get(k).lower().matches("beat|beating|defeated|defeating|beats|defeats")) return null;
        return "win over " + t.get(k + 1).text() + (k + 1 < last ? " " + t.get(last).text() : "");
    }

    /**
     * A count named by more than its noun where the sentence says more: "a town of 9,000 people" counts the people
     * in the town, and "4,200 residents were under evacuation orders" the residents under them.
     */
    private static String counted(Text.Sentence s, String noun, int from, int start, int end) {
        List<Text.Token> t = s.tokens();
        int before = -1;
        for (int i = 0; i < t.size(); i++) if (t.get(i).end() <= start) before = i;
        if (before > 0 && t.get(before).lower().equals("of") && t.get(before - 1).is("NOUN")
                && !TALLY.contains(t.get(before - 1).lower())) {
            return noun + " in the " + t.get(before - 1).lower();
        }
        for (int i = before; i >= 0 && t.get(i).start() >= from; i--) if (t.get(i).is("NOUN", "PROPN", "VERB", "AUX")) return noun;
        int nounEnd = s.text().indexOf(noun, end) + noun.length();
        int k = 0;
        while (k < t.size() && t.get(k).start() < nounEnd) k++;
        if (k >= t.size() || !t.get(k).is("VERB", "AUX")) return noun;
        // the number is the subject: what the count did or was is what it counts
        while (k < t.size() && t.get(k).is("AUX") && k + 1 < t.size() && t.get(k + 1).is("AUX", "VERB", "ADP", "ADV")) k++;
        int first = k;
        int last = k;
        boolean verb = t.get(k).is("VERB");
        while (last + 1 < t.size() && last - first < 4) {
            Text.Token w = t.get(last + 1);
            if (w.is("PUNCT", "CCONJ", "SCONJ", "PRON") || (w.is("ADP") && (verb || last > first))) break;
            last++;
        }
        while (last > first && !t.get(last).is("NOUN", "PROPN", "VERB", "ADV")) last--;
        return noun + " " + s.text().substring(t.get(first).start(), t.get(last).end());
    }

    /**
     * "18.4% of appointments were missed": a share of a noun is the share of that noun, with what the sentence says
     * of it ("share of appointments missed") or the phrase that says which ("share of children in the trial").
     */
    private static String shareOf(Text.Sentence s, int end) {
        List<Text.Token> t = s.tokens();
        int k = 0;
        while (k < t.size() && t.get(k).start() < end) k++;
        if (k + 1 >= t.size() || !t.get(k).lower().equals("of")) return null;
        int first = k + 1;
        while (first < t.size() && t.get(first).is("DET", "PRON")) first++;
        int last = first;
        // "night-bus passengers": the parts of a hyphenated word are one word
        while (last + 1 < t.size() && (t.get(last + 1).is("NOUN", "ADJ", "PROPN") || joined(t, last + 1)) && !when(t, last + 1)) last++;
        if (first >= t.size() || !t.get(last).is("NOUN", "PROPN")) return null;
        String what = s.text().substring(t.get(first).start(), t.get(last).end());
        int next = last + 1;
        if (next + 1 < t.size() && t.get(next).is("AUX") && t.get(next + 1).is("VERB") && MainVerb.participle(t.get(next + 1).lower())) {
            return "share of " + what + " " + t.get(next + 1).lower();
        }
        if (next + 2 < t.size() && t.get(next).is("ADP") && !t.get(next).lower().equals("of")) {
            int pp = next + 1;
            while (pp < t.size() && t.get(pp).is("DET", "PRON")) pp++;
            int ppLast = pp;
            while (ppLast + 1 < t.size() && ppLast + 1 - next < 4 && t.get(ppLast + 1).is("NOUN", "ADJ", "PROPN")) ppLast++;
            if (pp < t.size() && t.get(ppLast).is("NOUN", "PROPN")) return "share of " + s.text().substring(t.get(first).start(), t.get(ppLast).end());
        }
        return "share of " + what;
    }

    /** "last year", "each month": when, which is no part of what is counted. */
    private static boolean when(List<Text.Token> t, int k) {
        return t.get(k).lower().matches("next|last|this|each|every") && k + 1 < t.size()
                && t.get(k + 1).lower().matches("years?|months?|weeks?|days?|decades?");
    }

    /** A hyphen, or a word after one, with no space between: "night-bus" is one word in three tokens. */
    private static boolean joined(List<Text.Token> t, int k) {
        return k + 1 < t.size() && t.get(k).text().equals("-") && t.get(k - 1).end() == t.get(k).start()
                && t.get(k).end() == t.get(k + 1).start() || t.get(k - 1).text().equals("-") && t.get(k - 1).end() == t.get(k).start();
    }

    /** "The fire was 12 percent contained": a share followed by its participle is the share of the thing that is so. */
    private static String sharedOut(Text.Sentence s, String label, int end) {
        List<Text.Token> t = s.tokens();
        int k = 0;
        while (k < t.size() && t.get(k).start() < end) k++;
        if (k >= t.size() || !t.get(k).lower().endsWith("ed") || !t.get(k).is("VERB", "ADJ")) return label;
        return "share of " + label + " " + t.get(k).lower();
    }

    /**
     * Whether the words after a number, from {@code from} to {@code to}, name what it is ("voted in favour"): they end
     * on a noun, hold no clause of their own ("will decide whether") and, from "to", go on with a verb.
     */
    private static boolean namesAThing(Text.Sentence s, int from, int to) {
        List<Text.Token> words = s.tokens().stream().filter(w -> w.start() >= from && w.end() <= s.text().length()
                && w.start() < to && !w.is("PUNCT")).toList();
        if (words.isEmpty() || !words.get(words.size() - 1).is("NOUN", "PROPN")) return false;
        if (words.get(0).lower().equals("to") && (words.size() < 2 || !words.get(1).is("VERB"))) return false;
        return words.stream().noneMatch(w -> w.is("SCONJ", "PRON", "AUX") || w.lower().equals("whether"));
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
    private static final Pattern UNIT_ONLY = Pattern.compile("(?i)yards?|feet|foot|inches|metres?|meters?|miles?|minutes?|seconds?|points?|times|pence|cents?");

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

    /** Nouns that say how a count is taken, not what it counts: "a total of 300 jobs" counts jobs. */
    private static final Set<String> TALLY = Words.set("total", "average", "number", "maximum", "minimum", "sum", "peak",
            "record", "rise", "increase", "fall", "drop", "loss", "gain", "estimate", "further", "extra");


    /** What a verb does with money, as a noun: "to spend NOK 40 million on the quay" is spending on the quay. */
    private static final Map<String, String> SPENDING = Map.ofEntries(Map.entry("spend", "spending"),
            Map.entry("spent", "spending"), Map.entry("spends", "spending"), Map.entry("invest", "investment"),
            Map.entry("invested", "investment"), Map.entry("borrow", "borrowing"), Map.entry("borrowed", "borrowing"),
            Map.entry("allocate", "allocated"), Map.entry("allocated", "allocated"), Map.entry("set", "set aside"),
            Map.entry("pay", "payment"), Map.entry("paid", "payment"), Map.entry("award", "award"),
            Map.entry("awarded", "award"), Map.entry("lend", "loan"), Map.entry("lent", "loan"), Map.entry("repay", "repayment"),
            Map.entry("repaid", "repayment"), Map.entry("fined", "fine"), Map.entry("donated", "donation"));

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
            if (when(t, k)) break;
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
