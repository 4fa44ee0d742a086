package brief.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Numbers to know: money, percentages, counts, durations, ages and scores, with what each counts. */
public final class Figures {
    private static final String WORD_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "fifteen|twenty|thirty|forty|fifty|hundred|dozen|hundreds|thousands|millions";
    private static final Map<String, Double> WORD_VALUES = Map.ofEntries(Map.entry("two", 2.0), Map.entry("three", 3.0),
            Map.entry("four", 4.0), Map.entry("five", 5.0), Map.entry("six", 6.0), Map.entry("seven", 7.0),
            Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0), Map.entry("eleven", 11.0),
            Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0), Map.entry("thirty", 30.0),
            Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0), Map.entry("dozen", 12.0));
    /** Currency codes written before an amount: "NOK 40 million". */
    private static final String CODES = "(?-i:NOK|SEK|DKK|ISK|EUR|USD|GBP|CHF|JPY|CNY|INR|AUD|CAD|NZD)";
    private static final Pattern CODE = Pattern.compile("^" + CODES + "\\s");
    private static final Pattern NUMBER = Pattern.compile("(?i)(?<![\\w.,$€£–-])((?:about|around|nearly|almost|more than|"
            + "over|some|roughly|up to|at least|just|only)\\s+)?((?:[$€£¥₩]\\s?|" + CODES + "\\s)?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?"
            + "(?:\\s?(?:%|percent|per cent|million|billion|trillion|bn|km|kg|tonnes|-year-old|-year|-month|-day|"
            + "-point|-goal|-seat|-metre|-meter|-kilometre|-mile|-foot|-hour|-minute|-week|-room|-bed|-storey|-story|-page|-member|-strong)\\b)?(?:\\s?(?:%|percent))?|\\b(?:" + WORD_NUMBERS + ")\\b)(?:[-–](\\d{1,3})\\b)?(?![\\p{L}\\d])");
    private static final Pattern DURATION = Pattern.compile("(?i)^\\s*(years?|months?|weeks?|days?|hours?|minutes?|decades?|summers?|winters?|seasons?)\\b");
    /** A measure after a number, part of the figure's value: "300,000 square kilometres". */
    private static final Pattern MEASURE = Pattern.compile("(?i)^\\s*((?:square\\s+)?(?:kilometres|kilometers|km|metres|meters|miles|"
            + "hectares|acres|tonnes|tons|litres|liters|megawatts|gigawatts|kilograms|kg))\\b");
    /** "She was 88.", "died on Saturday at 93.": an age given after the verb. */
    private static final Pattern AGE_BEFORE = Pattern.compile("(?i)\\b(?:was|is|aged|age of|(?:died|dies)\\b[^.;]{0,40}?\\bat)\\s+$");
    private static final Pattern MONEY_AFTER = Pattern.compile("(?i)^\\s*(dollars?|euros?|pounds?|yuan|won|yen|francs?|rupees?|kroner|krona|kronor|crowns?|pesos?|rand|lira|zloty|dinars?|dirhams?|baht|rubles?|roubles?)\\b");
    private static final Pattern VOTE = Pattern.compile("(?i)\\b(?:voted|vote of|votes? to|by)\\s+((\\d{1,3}|" + WORD_NUMBERS
            + ")(?:\\s+to\\s+|[-–])(?:\\d{1,3}|" + WORD_NUMBERS + "|none))\\b");
    private static final Pattern YEAR = Pattern.compile("^(1[89]|20)\\d{2}$");

    private Figures() {}

    public enum Kind { MONEY, PERCENT, SCORE, COUNT, AGE, DURATION }

    /**
     * A number found.
     *
     * @param value    as the article writes it ("about $299 billion", "nine")
     * @param number   its numeric value in {@code unit}
     * @param unit     what the number is in ("billion US dollars", "percent", "years"), or null for a plain count
     * @param label    what it counts
     * @param evidence the clause it stands in, verbatim
     */
    public record Found(Kind kind, String value, double number, String unit, String label, String evidence,
                        int sentence, String asOf) {}

    public static List<Found> find(List<Text.Sentence> sentences) {
        List<Found> out = new ArrayList<>();
        for (Text.Sentence s : sentences) {
            Matcher vote = VOTE.matcher(s.text());
            while (vote.find()) {
                int[] clause = clause(s.text(), vote.start(), vote.end());
                Double first = number(vote.group(2).toLowerCase(Locale.ROOT));
                if (first == null) continue;
                out.add(new Found(Kind.SCORE, vote.group(1), first, null, "vote",
                        s.text().substring(clause[0], clause[1]).strip(), s.index(), null));
            }
            Matcher m = NUMBER.matcher(s.text());
            while (m.find()) {
                Found f = figure(s, m);
                if (f != null) out.add(f);
            }
        }
        return out;
    }

    private static final Pattern OF_NOUN = Pattern.compile("(?i)\\b\\p{L}{3,}\\s+of\\s+(?:about |some |over |nearly )?$");

    private static boolean ofNoun(String text, int at) {
        return OF_NOUN.matcher(text.substring(Math.max(0, at - 40), at)).find();
    }

    private static Found figure(Text.Sentence s, Matcher m) {
        String text = s.text();
        String core = m.group(2);
        String lower = core.toLowerCase(Locale.ROOT);
        if (YEAR.matcher(core).matches() || isDatePart(text, m.start(2), m.end(2))) return null;
        String after = text.substring(m.end());
        Kind kind;
        String unit = null;
        int end = m.end();
        if (m.group(3) != null && !lower.contains("$")) {
            kind = Kind.SCORE;
        } else if (lower.contains("$") || lower.contains("€") || lower.contains("£") || CODE.matcher(core).find()
                || MONEY_AFTER.matcher(after).find()) {
            kind = Kind.MONEY;
            unit = moneyUnit(lower, after);
            Matcher money = MONEY_AFTER.matcher(after);
            if (money.find()) end += money.end();
        } else if (lower.contains("%") || lower.contains("percent") || lower.contains("per cent")) {
            kind = Kind.PERCENT;
            unit = "percent";
        } else if (lower.contains("year-old")) {
            kind = Kind.AGE;
            unit = "years old";
        } else {
            Matcher d = DURATION.matcher(after);
            if (d.find()) {
                kind = Kind.DURATION;
                unit = d.group(1).toLowerCase(Locale.ROOT).replaceAll("s$", "") + "s";
                end += d.end();
            } else if (AGE_BEFORE.matcher(text.substring(0, m.start())).find() && after.matches("(?s)^\\s*[.,;].*")) {
                kind = Kind.AGE;
                unit = "years old";
            } else {
                kind = Kind.COUNT;
                Matcher measure = MEASURE.matcher(after);
                if (measure.find()) {
                    unit = measure.group(1).toLowerCase(Locale.ROOT);
                    end += measure.end();
                }
            }
        }
        Double number = number(lower);
        if (number == null) return null;
        if (kind == Kind.COUNT && lower.matches("hundreds|thousands|millions")) return null;
        String value = (m.group(1) != null ? m.group(1) : "") + text.substring(m.start(2), end).strip();
        if (kind == Kind.SCORE) value = text.substring(m.start(2), m.end()).strip();
        int[] clause = clause(text, m.start(), end);
        String evidence = text.substring(clause[0], clause[1]).strip();
        String label = kind == Kind.COUNT ? countedThing(s, end) : null;
        // "a main span of 850 metres", "a class of 64": a measure or a count named by the noun it is of
        if (kind == Kind.COUNT && label == null && (unit != null || ofNoun(text, m.start()))
                && !after.matches("(?s)^\\s*(?:to|and|or|[-–])\\s*\\d.*")) label = before(s, clause[0], m.start());
        if (kind == Kind.COUNT && label == null) return null;
        if (label == null && kind != Kind.SCORE) label = countedThing(s, end);
        if (label == null && kind == Kind.AGE) label = "age";
        if (label == null && kind == Kind.MONEY) label = spentOn(s, m.start(), end);
        if (label == null && kind != Kind.SCORE) label = purpose(s, end);
        if (label == null) label = before(s, clause[0], m.start());
        if (label != null && !label.matches("(?s).*\\p{L}.*")) label = null;
        if (label == null || label.isEmpty()) {
            label = firstWords(text.substring(end, clause[1]), 4).replaceAll("[\\s,;:.]+$", "");
            // the words after a number that names nothing else ("six days, ") are what follows it, not what it counts
            if (label.split("\\s+").length < 2) return null;
        }
        if (label.isEmpty()) label = evidence;
        if (kind == Kind.COUNT && m.group(2).matches("(?i)two|three") && text.substring(0, m.start()).matches("(?s).*\\b(?i:the)\\s$")) {
            return null;
        }
        // "busiest harbour after" reads as "busiest harbour": a label does not end on the word that led to the number
        label = TRAILING_FUNCTION.matcher(label).replaceAll("");
        if (!meaningful(label, kind, m.group(2), text.substring(0, m.start()))) return null;
        Matcher year = Pattern.compile("\\b(?:in|of|since|by)\\s+((?:January|February|March|April|May|June|July|August|"
                + "September|October|November|December)?\\s?(?:1[89]|20)\\d{2})\\b").matcher(evidence);
        return new Found(kind, value, number, unit, label, evidence, s.index(), year.find() ? year.group(1).strip() : null);
    }

    private static final java.util.Set<String> FUNCTION = Words.set("the", "a", "an", "of", "to", "in", "on", "at", "by",
            "for", "with", "from", "after", "before", "and", "or", "but", "its", "their", "his", "her", "which", "who",
            "that", "this", "than", "as");
    private static final Pattern TRAILING_FUNCTION = Pattern.compile("(?i)(?:\\s+(?:" + String.join("|", FUNCTION) + "))+$");
    private static final Pattern CURRENCY_CODE = Pattern.compile("^[a-z]{3}\\s");
    /** "Brennmoor had 58 percent": a label ending on its verb is a clause, and the number is what it has or is. */
    private static final Pattern ENDS_ON_VERB = Pattern.compile("(?i).*\\b(?:had|has|have|was|were|is|are|be|been|found|made|make)$");
    private static final Pattern PRONOUN = Pattern.compile("(?i)\\b(?:he|she|it|they|we|i|himself|herself|itself|themselves)\\b");
    private static final Pattern UNIT_ONLY = Pattern.compile("(?i)yards?|feet|foot|inches|metres?|meters?|miles?|minutes?|seconds?|points?");

    /**
     * Whether a label tells a reader what the number is: not a fragment cut at a function word or a comma, not a
     * clause with its own subject ("Brennmoor had", "itself found"), not a unit or a route number ("12 bus").
     */
    private static boolean meaningful(String label, Kind kind, String core, String before) {
        String[] words = label.strip().split("\\s+");
        if (!label.matches("(?s)^[\\p{L}\\d].*[\\p{L}\\d]$|[\\p{L}\\d]")) return false;
        // "to appeal the decision" says what a duration is for
        if (FUNCTION.contains(words[0].toLowerCase(Locale.ROOT)) && !words[0].equals("to")) return false;
        if (PRONOUN.matcher(label).find() || ENDS_ON_VERB.matcher(label).matches() || UNIT_ONLY.matcher(label).matches()) return false;
        if (before.matches("(?is).*\\b(?:number|no\\.|route|line)\\s+$")) return false;
        // "Greystone had 63 percent": a name alone says who has the share, not of what
        if (kind == Kind.PERCENT && words.length == 1 && Character.isUpperCase(label.charAt(0))) return false;
        // "two defenders": a count of a few, in words, is detail rather than a figure to know
        return !(kind == Kind.COUNT && words.length == 1 && core.matches("(?i)two|three|four|five"));
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

    private static boolean startsWithVerb(Text.Sentence s, int at) {
        for (Text.Token t : s.tokens()) if (t.start() >= at) return t.is("VERB", "AUX");
        return false;
    }

    /** The sentence's opening noun phrase, the subject of most news sentences. */
    private static String subject(Text.Sentence s) {
        List<Text.Token> t = s.tokens();
        int end = -1;
        for (int i = 0; i < t.size() && i < 6; i++) {
            if (t.get(i).is("NOUN", "PROPN", "ADJ", "DET") && !t.get(i).text().equals(",")) end = i;
            else break;
        }
        return end < 0 ? "" : s.text().substring(0, t.get(end).end());
    }

    private static boolean isDatePart(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 10), start);
        String after = text.substring(end, Math.min(text.length(), end + 10));
        return before.matches("(?s).*(January|February|March|April|May|June|July|August|September|October|November|"
                + "December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)\\s$")
                || after.matches("(?s)^\\s(January|February|March|April|May|June|July|August|September|October|"
                + "November|December)\\b.*") || after.matches("(?s)^(:\\d\\d|\\s?(a\\.m\\.|p\\.m\\.|am|pm)).*");
    }

    private static String moneyUnit(String lower, String after) {
        Matcher code = CURRENCY_CODE.matcher(lower);
        String currency = code.find() ? code.group().strip().toUpperCase(Locale.ROOT) : lower.contains("€") || after.toLowerCase(Locale.ROOT).matches("(?s)^\\s*euros?.*") ? "euros"
                : lower.contains("£") || after.toLowerCase(Locale.ROOT).matches("(?s)^\\s*pounds?.*") ? "pounds"
                : lower.contains("$") ? "US dollars" : after.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (lower.contains("trillion")) return "trillion " + currency;
        if (lower.contains("billion") || lower.endsWith("bn")) return "billion " + currency;
        if (lower.contains("million")) return "million " + currency;
        return currency;
    }

    /** The number a figure's text stands for, in its unit ("$299 billion" is 299). */
    static Double number(String lower) {
        Matcher d = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?").matcher(lower);
        if (d.find()) return Double.parseDouble(d.group().replace(",", ""));
        return WORD_VALUES.get(lower.strip());
    }

    /** The comma-bounded stretch of the sentence around a number, at most a dozen words each side. */
    static int[] clause(String text, int start, int end) {
        int from = start;
        int words = 0;
        while (from > 0 && (",;".indexOf(text.charAt(from - 1)) < 0 || withinNumber(text, from - 1)) && words < 12) {
            from--;
            if (text.charAt(from) == ' ') words++;
        }
        while (from < start && text.charAt(from) == ' ') from++;
        int to = end;
        words = 0;
        while (to < text.length() && (",;.".indexOf(text.charAt(to)) < 0 || withinNumber(text, to)) && words < 12) {
            if (text.charAt(to) == ' ') words++;
            to++;
        }
        while (to > end && text.charAt(to - 1) == ' ') to--;
        return new int[] {from, to};
    }

    /** The comma of "18,400" or the point of "2.5": a mark between digits, which ends no clause. */
    private static boolean withinNumber(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
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
