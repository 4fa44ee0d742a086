package brief.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Stats as text for a terminal or a pipe, and as JSON for other programs. */
public final class StatsReport {
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private StatsReport() {}

    public static String text(Stats s) {
        StringBuilder out = new StringBuilder();
        out.append(s.title()).append(" (").append(s.briefing()).append(")\n");
        List<Records.Session> scored = s.scored();
        out.append(String.format(Locale.ROOT, "Sessions: %d   best %s   last %s   average %s   mastery %d%%%n",
                s.sessions().size(), pct(s.best().orElse(null)), pct(s.last().orElse(null)),
                pct(s.average().orElse(null)), Math.round(100 * s.mastery())));
        s.lastStudied().ifPresent(t -> out.append("Last studied: ").append(WHEN.format(t)).append('\n'));
        if (!scored.isEmpty()) {
            out.append("Scores over time: ").append(sparkline(scored)).append("  (")
                    .append(scored.get(0).percent()).append("% → ").append(scored.get(scored.size() - 1).percent())
                    .append("%)\n");
        }
        out.append("\nMastery by card\n");
        for (Stats.CardMastery c : s.cards()) {
            out.append(String.format(Locale.ROOT, "  %s %3d%%  %s  (%d of %d questions answered)%n",
                    bar(c.mastery(), 10), Math.round(100 * c.mastery()), c.title(), c.answered(), c.questions()));
        }
        if (!s.mostMissed().isEmpty()) {
            out.append("\nMost missed\n");
            for (Stats.Missed m : s.mostMissed()) {
                out.append(String.format(Locale.ROOT, "  %d of %d  %s%n", m.misses(), m.answers(), m.prompt()));
            }
        }
        if (!s.sessions().isEmpty()) {
            out.append("\nHistory\n");
            for (Records.Session r : s.sessions()) {
                out.append(String.format(Locale.ROOT, "  %s  %-11s %3d%%  %s of %d points, %d answered (%s)%n",
                        WHEN.format(r.startedAt()), r.status(), r.percent(), num(r.points()), r.possible(),
                        r.answered(), r.frontEnd()));
            }
        } else {
            out.append("\nNo quiz taken yet: start one with 'brief quiz'.\n");
        }
        return out.toString();
    }

    /** One character per session, higher for a better score: ▁ for 0-12%, █ for 88-100%. */
    static String sparkline(List<Records.Session> sessions) {
        StringBuilder out = new StringBuilder();
        for (Records.Session s : sessions) {
            out.append(BLOCKS.charAt(Math.min(BLOCKS.length() - 1, s.percent() * BLOCKS.length() / 101)));
        }
        return out.toString();
    }

    /** A bar of {@code width} cells, filled in proportion; '#' and '.' so it needs no colour. */
    public static String bar(double fraction, int width) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, fraction)) * width);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }

    private static String pct(Integer p) {
        return p == null ? "—" : p + "%";
    }

    private static String num(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    public static String json(Stats s) {
        StringBuilder out = new StringBuilder("{\n");
        field(out, "briefing", s.briefing()).append(",\n");
        field(out, "title", s.title()).append(",\n");
        out.append("  \"sessions\": ").append(s.sessions().size()).append(",\n");
        out.append("  \"best\": ").append(nullable(s.best().orElse(null))).append(",\n");
        out.append("  \"last\": ").append(nullable(s.last().orElse(null))).append(",\n");
        out.append("  \"average\": ").append(nullable(s.average().orElse(null))).append(",\n");
        out.append("  \"mastery\": ").append(round(s.mastery())).append(",\n");
        out.append("  \"lastStudied\": ").append(s.lastStudied().map(t -> quote(t.toString())).orElse("null")).append(",\n");
        out.append("  \"cards\": [");
        List<Stats.CardMastery> cards = s.cards();
        for (int i = 0; i < cards.size(); i++) {
            Stats.CardMastery c = cards.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(quote(c.id())).append(", \"title\": ")
                    .append(quote(c.title())).append(", \"questions\": ").append(c.questions()).append(", \"answered\": ")
                    .append(c.answered()).append(", \"mastery\": ").append(round(c.mastery())).append('}');
        }
        out.append(cards.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"mostMissed\": [");
        List<Stats.Missed> missed = s.mostMissed();
        for (int i = 0; i < missed.size(); i++) {
            Stats.Missed m = missed.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"question\": ").append(quote(m.question()))
                    .append(", \"prompt\": ").append(quote(m.prompt())).append(", \"misses\": ").append(m.misses())
                    .append(", \"answers\": ").append(m.answers()).append('}');
        }
        out.append(missed.isEmpty() ? "],\n" : "\n  ],\n");
        out.append("  \"history\": [");
        List<Records.Session> sessions = s.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            Records.Session r = sessions.get(i);
            out.append(i == 0 ? "\n" : ",\n").append("    {\"id\": ").append(r.id()).append(", \"startedAt\": ")
                    .append(quote(r.startedAt().toString())).append(", \"status\": ").append(quote(r.status()))
                    .append(", \"frontEnd\": ").append(quote(r.frontEnd())).append(", \"points\": ").append(round(r.points()))
                    .append(", \"possible\": ").append(r.possible()).append(", \"answered\": ").append(r.answered())
                    .append(", \"percent\": ").append(r.percent()).append('}');
        }
        out.append(sessions.isEmpty() ? "]\n" : "\n  ]\n");
        return out.append("}\n").toString();
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        return out.append("  ").append(quote(name)).append(": ").append(quote(value));
    }

    private static String nullable(Integer n) {
        return n == null ? "null" : n.toString();
    }

    private static String round(double d) {
        return String.format(Locale.ROOT, "%.3f", d).replaceAll("0+$", "").replaceAll("\\.$", ".0");
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
