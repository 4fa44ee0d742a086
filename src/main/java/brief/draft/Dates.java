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
    static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final Pattern DATE = Pattern.compile("\\b(?:" + MONTH + "\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+((?:1[7-9]|20)\\d{2}))?"
            + "|(\\d{1,2})\\s+" + MONTH + "(?:\\s+((?:1[7-9]|20)\\d{2}))?"
            + "|" + MONTH + "\\s+((?:1[7-9]|20)\\d{2})"
            + "|((?:1[7-9]|20)\\d{2})-(\\d{2})-(\\d{2})"
            + "|(?i:on|last|next|this|by|until|till|from|through|since|before|after)\\s+(?i:at least\\s+)?" + WEEKDAY + "(?!s)"
            + "|(?i:in|since|by|until|from|during|before|after|of)\\s+" + MONTH + "(?!\\s+\\d)"
            + "|(?i:in|since|by|until|till|from|of|during|before|after|around|between|through)\\s+((?:1[7-9]|20)\\d{2})(?![\\d%-])"
            + "|" + WEEKDAY + "(?=\\s+(?:morning|afternoon|evening|night))"
            + ")");

    /** Words that put a weekday after the dateline rather than before it, in the clause the weekday stands in. */
    private static final Pattern FUTURE = Pattern.compile("(?i)\\b(?:will|won['’]t|would|next|expects?|forecasts?|predicts?)\\b"
            + "|\\b(?:due|set|expected|scheduled|planned|plans?|going) to\\b|\\b(?:is|are) to\\b");

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
    public record Event(String when, LocalDate date, String what, String evidence, int sentence, List<String> shorter) {
        public Event {
            shorter = List.copyOf(shorter);
        }

        /** What happened in at most this many words: told as a headline would before it is cut. */
        public String shown(int most) {
            return Headlines.within(what, shorter, most);
        }
    }

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

    /** The first date of a text that gives day, month and year ("August 5, 2026", "5 August 2026", "2026-08-05"). */
    static LocalDate firstFullDate(String text) {
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
            // a byline, a dateline or a heading dates the article or names a part of it: no event happens there
            if (s.tokens().stream().noneMatch(t -> t.is("VERB", "AUX"))) continue;
            int after = text.length() - Clauses.withoutDateline(text).length();
            List<String> said = new ArrayList<>();
            Matcher m = DATE.matcher(text);
            while (m.find()) {
                if (m.start() < after || comparison(text, m) || dayOfAFullDate(text, m)) continue;
                int[] clause = Figures.clause(text, m.start(), m.end());
                // "voted on Tuesday to authorize a strike, raising the prospect that service could stop next month": past
                LocalDate date = date(m, dateline, ahead(text, clause, m));
                String when = m.group().replaceFirst("^(?i)(on|in|since|by|until|till|from|of|during|before|after|around|"
                        + "between|through|last|this)\\s+", "").replaceFirst("^(?i)at least\\s+", "");
                if (date != null && (m.group(12) != null || m.group(15) != null) && dateline != null) {
                    when = when + " (" + date.getDayOfMonth() + " "
                            + date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                            + " " + date.getYear() + ")";
                }
                if (said.contains(when)) continue;
                said.add(when);
                String evidence = text.substring(clause[0], clause[1]).replaceFirst("^[\\s—–-]+", "").strip();
                String what = Events.what(s, m.start(), m.end());
                out.add(new Event(when, date, what, evidence, s.index(), Headlines.shorter(what, s)));
            }
        }
        return chronological(out);
    }

    /**
     * Whether the clause a weekday stands in looks ahead: before the weekday, or after it short of what someone said
     * would happen ("said on Wednesday that the contracts would be reviewed" was said on the Wednesday before).
     */
    private static boolean ahead(String text, int[] clause, Matcher m) {
        // the words before go back to the comma before the date however far: "will hold a public information
        // session on the phasing plan at the Community Hall on Tuesday" looks ahead
        int from = Math.max(text.lastIndexOf(',', m.start() - 1), text.lastIndexOf(';', m.start() - 1)) + 1;
        String before = text.substring(Math.min(from, clause[0]), m.start());
        String after = text.substring(m.end(), Math.max(m.end(), clause[1])).split("(?i)\\bthat\\b", 2)[0];
        return FUTURE.matcher(before).find() || FUTURE.matcher(after).find();
    }

    /**
     * Whether a date only bounds a span its clause tells of ("contracts signed since 2017", "closed until at least
     * March 30"), rather than saying when that happened.
     */
    static boolean bounds(String when, String evidence) {
        String date = when.replaceFirst("\\s*\\(.*$", "");
        return Pattern.compile("(?i)\\b(?:since|until|till)\\s+(?:at least\\s+)?" + Pattern.quote(date)).matcher(evidence).find();
    }

    /**
     * "up 18 percent from 2024", "than in 2024", "promised to halve emissions by 2035": a year compared with or aimed
     * at; and "the first time since 2009": a date a record is measured from.
     */
    private static final Pattern COMPARED = Pattern.compile("(?i)(?:\\b(?:than|compared (?:with|to)|against)\\s+(?:in\\s+)?"
            + "|\\b(?:up|down)\\s+(?:from\\s+)?[\\d.,]+\\s*(?:%|percent|per cent|\\p{L}+)?\\s+"
            + "|\\b(?:promised|pledged|aims?|aiming|aimed|target|goal) to\\b[^,;]*?\\s)$");
    /** A first or a record just before "since": "for the first time", "its highest level", "the most … in any year". */
    private static final Pattern RECORD_SINCE = Pattern.compile("(?i)\\b(?:first|highest|lowest|biggest|largest|smallest|"
            + "worst|best|strongest|weakest|fastest|slowest|most|least|fewest|longest|shortest|record|ever)\\b"
            + "(?:\\s+[\\p{L}'’-]+){0,3}\\s*$");
    private static final Pattern YEAR_ONLY = Pattern.compile("(?i)^(?:in|since|by|until|from|of)?\\s*(?:1[7-9]|20)\\d{2}$");

    private static boolean comparison(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 80), m.start());
        // "for the first time since 2009", "the highest level since March": the record of now, measured against then
        if (m.group().regionMatches(true, 0, "since ", 0, 6) && RECORD_SINCE.matcher(before).find()) return true;
        if (!YEAR_ONLY.matcher(m.group()).matches()) return false;
        return COMPARED.matcher(before).find();
    }

    /** "on Tuesday 3 November 2026": the weekday of a full date that follows it is that date's, no event of its own. */
    private static boolean dayOfAFullDate(String text, Matcher m) {
        if (m.group(12) == null) return false;
        Matcher next = DATE.matcher(text.substring(m.end()).replaceFirst("^,?\\s", ""));
        return next.lookingAt() && (next.group(1) != null && next.group(2) != null || next.group(4) != null);
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
