package brief.draft;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and times the article gives, placed against its dateline where it has one, in chronological order. */
public final class Dates {
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|"
            + "November|December|Jan\\.|Feb\\.|Aug\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH + "\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+((?:1[7-9]|20)\\d{2}))?"
            + "|(\\d{1,2})\\s+" + MONTH + "(?:\\s+((?:1[7-9]|20)\\d{2}))?"
            + "|" + MONTH + "\\s+((?:1[7-9]|20)\\d{2})"
            + "|((?:1[7-9]|20)\\d{2})-(\\d{2})-(\\d{2})"
            + "|(?i:on|last|next|this|by|until|from)\\s+" + WEEKDAY + "(?!s)"
            + "|(?i:in|since|by|until|from|during|before|after|of)\\s+" + MONTH + "(?!\\s+\\d)"
            + "|(?i:in|since|by|until|till|from|of|during|before|after|around|between|through)\\s+((?:1[7-9]|20)\\d{2})(?![\\d%-])"
            + "|" + WEEKDAY + "(?=\\s+(?:morning|afternoon|evening|night))"
            + ")");

    /** Words that put a weekday after the dateline rather than before it. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:due|set|expected|scheduled|planned|plans?) to\\b|\\bis to\\b");

    /** A timeline entry's event is cut to about this many words. */
    static final int TIMELINE_WORDS = 6;

    private Dates() {}

    /**
     * A dated event.
     *
     * @param when     the date as the article says it, with the day it falls on when a dateline places it
     * @param date     the date it stands for, as precisely as known (day 1 or month 1 where not said), or null
     * @param evidence the clause that dates it, verbatim
     */
    public record Event(String when, LocalDate date, String what, String evidence, int sentence) {}

    /** The first full date in the article's opening (its dateline), or a date a page's metadata gives. */
    public static LocalDate dateline(List<Text.Paragraph> paragraphs, String published) {
        if (published != null) {
            try {
                return LocalDate.parse(published.substring(0, Math.min(10, published.length())));
            } catch (java.time.format.DateTimeParseException e) {
                LocalDate d = firstFullDate(published);
                if (d != null) return d;
            }
        }
        for (int i = 0; i < Math.min(2, paragraphs.size()); i++) {
            String text = paragraphs.get(i).text();
            String opening = text.substring(0, Math.min(text.length(), 80));
            LocalDate d = firstFullDate(opening);
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate firstFullDate(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            LocalDate d = date(m, null, false);
            if (d != null && (m.group(3) != null || m.group(6) != null || m.group(9) != null)) return d;
        }
        return null;
    }

    /** Every date of every sentence, but not the dateline's own, which dates the article rather than an event. */
    public static List<Event> find(List<Text.Sentence> sentences, LocalDate dateline) {
        List<Event> out = new ArrayList<>();
        for (Text.Sentence s : sentences) {
            String text = s.text();
            int after = text.length() - Clauses.withoutDateline(text).length();
            boolean will = s.tokens().stream().anyMatch(t -> t.lower().equals("will") || t.lower().equals("next"))
                    || FUTURE.matcher(text).find();
            List<String> said = new ArrayList<>();
            Matcher m = DATE.matcher(text);
            while (m.find()) {
                if (m.start() < after || comparison(text, m)) continue;
                boolean future = will || m.group().toLowerCase(Locale.ROOT).startsWith("next");
                LocalDate date = date(m, dateline, future);
                String when = m.group().replaceFirst("^(?i)(on|in|since|by|until|till|from|of|during|before|after|around|"
                        + "between|through|last|this)\\s+", "");
                if (date != null && (m.group(12) != null || m.group(15) != null) && dateline != null) {
                    when = when + " (" + date.getDayOfMonth() + " "
                            + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + " " + date.getYear() + ")";
                }
                if (said.contains(when)) continue;
                said.add(when);
                int[] clause = Figures.clause(text, m.start(), m.end());
                out.add(new Event(when, date, what(s, m.start(), m.end()), text.substring(clause[0], clause[1]).strip(), s.index()));
            }
        }
        return chronological(out);
    }

    /** "up 18 percent from 2024", "than in 2024", "promised to halve emissions by 2035": a year compared with or aimed at. */
    private static final Pattern COMPARED = Pattern.compile("(?i)(?:\\b(?:than|compared (?:with|to)|against)\\s+(?:in\\s+)?"
            + "|\\b(?:up|down)\\s+(?:from\\s+)?[\\d.,]+\\s*(?:%|percent|per cent|\\p{L}+)?\\s+"
            + "|\\b(?:promised|pledged|aims?|aiming|aimed|target|goal) to\\b[^,;]*?\\s)$");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?i)^(?:in|since|by|until|from|of)?\\s*(?:1[7-9]|20)\\d{2}$");

    private static boolean comparison(String text, Matcher m) {
        if (!YEAR_ONLY.matcher(m.group()).matches()) return false;
        String before = text.substring(Math.max(0, m.start() - 80), m.start());
        return COMPARED.matcher(before).find();
    }

    private static final java.util.Set<String> SUBORDINATORS = Words.set("that", "which", "who", "when", "since", "after",
            "before", "until", "as", "because", "where", "while", "once");

    /**
     * What happened at a date: the sentence's main clause where the date is part of it, else the clause the date stands
     * in ("ending a debate that has run since the old pool closed in November 2025": the old pool closed).
     */
    private static String what(Text.Sentence s, int start, int end) {
        String main = withoutDate(Clauses.mainClause(s, TIMELINE_WORDS), s.text().substring(start, end));
        List<Text.Token> t = s.tokens();
        int first = -1;
        String subject = "";
        for (int k = 0; k + 1 < t.size() && t.get(k + 1).start() < start; k++) {
            if (t.get(k).text().equals(",")) first = -1;
            if (!SUBORDINATORS.contains(t.get(k).lower())) continue;
            if (t.get(k + 1).is("DET", "PROPN", "PRON", "NOUN", "NUM")) {
                first = k + 1;
                subject = "";
            } else if (t.get(k).lower().matches("which|who") && t.get(k + 1).is("AUX", "VERB")) {
                // "the authority, which had inspected the ship on 5 October": the authority inspected it then
                first = k + 1;
                subject = antecedent(s, k) + " ";
            }
        }
        if (first < 0) return main;
        // the date itself is shown beside the event
        String own = subject + s.text().substring(t.get(first).start(), start).strip().replaceAll("(?i)[\\s,]+(in|on|at|of|by|since)$", "");
        return Words.count(own) < 2 ? main : Words.capitalized(own.strip()) + ".";
    }

    /** The noun phrase a "which" or "who" stands for: the determiner, adjectives and nouns just before it. */
    private static String antecedent(Text.Sentence s, int relative) {
        List<Text.Token> t = s.tokens();
        int last = relative - 1;
        if (last >= 0 && t.get(last).text().equals(",")) last--;
        int from = last;
        while (from > 0 && t.get(from - 1).is("NOUN", "PROPN", "ADJ", "DET") && !t.get(from).is("DET")) from--;
        return last < 0 || from > last || !t.get(last).is("NOUN", "PROPN") ? "" : s.text().substring(t.get(from).start(), t.get(last).end());
    }

    /** "In 1958 she designed her first bridge" as "She designed her first bridge": the timeline shows the date beside it. */
    private static String withoutDate(String clause, String date) {
        int at = clause.toLowerCase(Locale.ROOT).indexOf(date.toLowerCase(Locale.ROOT));
        // a date amid the clause before a comma ends an aside that would be left open ("built in 1972, was")
        if (at < 0 || at > 0 && clause.startsWith(",", at + date.length())) return clause;
        String rest = (clause.substring(0, at) + clause.substring(at + date.length()).replaceFirst("^,", ""))
                .replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.;:])", "$1").strip();
        return Words.count(rest) < 3 ? clause : Words.capitalized(rest);
    }

    /** Verbs of the events a life or a project is told by. */
    private static final Pattern MILESTONE = Pattern.compile("(?i)\\b(born|died|dies|founded|became|opened|won|received|"
            + "elected|appointed|married|retired|graduated|joined|published|launched|closed|began|begins|starts?|started|"
            + "signed|approved|built|completed|resigned|moved|sold|bought|named)\\b");

    /**
     * Events in the order a timeline keeps them: a date the text places before one it does not; then by weight, the
     * sentence's centrality and a verb of a milestone ("was born", "founded", "opened") in the date's clause.
     */
    public static List<Event> byImportance(List<Event> events, double[] rank) {
        double top = 1e-9;
        for (double r : rank) top = Math.max(top, r);
        double most = top;
        List<Event> out = new ArrayList<>(events);
        out.sort(Comparator.comparing((Event e) -> e.date() == null).thenComparingDouble(e -> -(rank[e.sentence()] / most
                + (MILESTONE.matcher(e.evidence()).find() ? 0.4 : 0))));
        return out;
    }

    /** Events with a date sorted by it; an undated one keeps its place after the event before it. */
    static List<Event> chronological(List<Event> events) {
        List<LocalDate> keys = new ArrayList<>();
        LocalDate previous = LocalDate.MIN;
        for (Event e : events) {
            previous = e.date() != null ? e.date() : previous;
            keys.add(previous);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) order.add(i);
        order.sort(Comparator.comparing(keys::get));
        List<Event> out = new ArrayList<>();
        for (int i : order) out.add(events.get(i));
        return out;
    }

    private static LocalDate date(Matcher m, LocalDate dateline, boolean future) {
        int fallbackYear = dateline != null ? dateline.getYear() : -1;
        try {
            if (m.group(1) != null) return of(year(m.group(3), fallbackYear), month(m.group(1)), Integer.parseInt(m.group(2)));
            if (m.group(5) != null) return of(year(m.group(6), fallbackYear), month(m.group(5)), Integer.parseInt(m.group(4)));
            if (m.group(7) != null) return of(Integer.parseInt(m.group(8)), month(m.group(7)), 1);
            if (m.group(9) != null) {
                return LocalDate.of(Integer.parseInt(m.group(9)), Integer.parseInt(m.group(10)), Integer.parseInt(m.group(11)));
            }
            if (m.group(12) != null || m.group(15) != null) {
                if (dateline == null) return null;
                DayOfWeek day = DayOfWeek.valueOf((m.group(12) != null ? m.group(12) : m.group(15)).toUpperCase(Locale.ROOT));
                LocalDate d = dateline;
                if (future) {
                    do d = d.plusDays(1); while (d.getDayOfWeek() != day);
                } else {
                    while (d.getDayOfWeek() != day) d = d.minusDays(1);
                }
                return d;
            }
            if (m.group(13) != null) return fallbackYear < 0 ? null : of(fallbackYear, month(m.group(13)), 1);
            if (m.group(14) != null) return LocalDate.of(Integer.parseInt(m.group(14)), 1, 1);
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static LocalDate of(int year, Month month, int day) {
        return year < 0 ? null : LocalDate.of(year, month, day);
    }

    private static int year(String given, int fallback) {
        return given != null ? Integer.parseInt(given) : fallback;
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month m : Month.values()) {
            if (m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n)) return m;
        }
        throw new java.time.DateTimeException("no month " + name);
    }
}
