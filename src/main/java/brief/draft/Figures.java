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
        String label = FigureLabels.of(s, kind, m.group(2), m.start(), end, clause, unit);
        if (label == null) return null;
        Matcher year = Pattern.compile("\\b(?:in|of|since|by)\\s+((?:January|February|March|April|May|June|July|August|"
                + "September|October|November|December)?\\s?(?:1[89]|20)\\d{2})\\b").matcher(evidence);
        return new Found(kind, value, number, unit, label, evidence, s.index(), year.find() ? year.group(1).strip() : null);
    }

    private static final Pattern CURRENCY_CODE = Pattern.compile("^[a-z]{3}\\s");

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

    /** A comma or point between two digits ("18,400", "12.2") is part of a number, not the end of a clause. */
    private static boolean inNumber(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1)) && Character.isDigit(text.charAt(at + 1));
    }

    /** The comma-bounded stretch of the sentence around a number, at most a dozen words each side. */
    static int[] clause(String text, int start, int end) {
        int from = start;
        int words = 0;
        while (from > 0 && !(",;".indexOf(text.charAt(from - 1)) >= 0 && !inNumber(text, from - 1)) && words < 12) {
            from--;
            if (text.charAt(from) == ' ') words++;
        }
        while (from < start && text.charAt(from) == ' ') from++;
        int to = end;
        words = 0;
        while (to < text.length() && (",;.".indexOf(text.charAt(to)) < 0 || inNumber(text, to)) && words < 12) {
            if (text.charAt(to) == ' ') words++;
            to++;
        }
        while (to > end && text.charAt(to - 1) == ' ') to--;
        return new int[] {from, to};
    }
}
