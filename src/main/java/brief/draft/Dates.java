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
                if (m.start() < after || comparison(text, m)) continue;
                int[] clause = Figures.clause(text, m.start(), m.end());
                // "voted on Tuesday to authorize a strike, raising the prospect that service could stop next month": past
                LocalDate date = date(m, dateline, FUTURE.matcher(text.substring(clause[0], clause[1])).find());
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
                String what = what(s, m.start(), m.end());
                out.add(new Event(when, date, what, evidence, s.index(), Headlines.shorter(what, s)));
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
    private static String what(Text.Sentence s, int start, int end) {
        String clause = ATTRIBUTED.matcher(Clauses.mainClause(s, TIMELINE_WORDS)).replaceFirst("");
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
            if (t.get(k + 1).is("DET", "PROPN", "PRON", "NOUN", "NUM")) {
                first = k + 1;
                subject = "";
                place = w.equals("where") ? placeBefore(s, k) : "";
            } else if (w.matches("which|who|that") && t.get(k + 1).is("AUX", "VERB")) {
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
        String own = subject + s.text().substring(t.get(first).start(), start).strip().replaceAll("(?i)[\\s,]+(in|on|at|of|by|since)$", "");
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
        if (p >= 0 && t.get(p).is("ADP")) p--;
        if (p < 2 || !t.get(p).is("VERB") || !PARTICIPLE.matcher(t.get(p).text()).matches()) return null;
        boolean apart = t.get(p - 1).text().equals(",");
        int last = apart ? p - 2 : p - 1;
        if (last < 0 || !t.get(last).is("NOUN", "PROPN")) return null;
        // without commas, a participle before the sentence's own verb is that verb ("drivers voted on Tuesday")
        boolean verbBefore = apart;
        for (int k = 0; k < last; k++) verbBefore |= t.get(k).is("VERB", "AUX");
        if (!verbBefore) return null;
        int from = last;
        int head = last;
        while (from > 0 && !t.get(from).is("DET") && (t.get(from - 1).is("NOUN", "PROPN", "ADJ", "DET", "NUM")
                || t.get(from - 1).lower().equals("of") || Names.possessive(t.get(from - 1)))) {
            from--;
            // "a review of 212 bridges": the review was published
            if (t.get(from).lower().equals("of") && from > 0) head = from - 1;
        }
        String noun = t.get(head).lower();
        String be = noun.endsWith("s") && !noun.endsWith("ss") ? " were " : " was ";
        return s.text().substring(t.get(from).start(), t.get(last).end()) + be + t.get(p).text() + ".";
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
        Matcher m = DATE.matcher(clause);
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
