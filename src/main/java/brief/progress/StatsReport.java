package brief.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import brief.json.JsonWriter;
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
        JsonWriter w = new JsonWriter().beginObject();
        w.field("briefing", s.briefing()).field("title", s.title()).field("sessions", s.sessions().size());
        w.key("best");
        nullable(w, s.best().orElse(null));
        w.key("last");
        nullable(w, s.last().orElse(null));
        w.key("average");
        nullable(w, s.average().orElse(null));
        w.field("mastery", round(s.mastery())).field("lastStudied", s.lastStudied().map(Object::toString).orElse(null));
        w.key("cards").beginArray();
        for (Stats.CardMastery c : s.cards()) {
            w.beginObject().field("id", c.id()).field("title", c.title()).field("questions", c.questions())
                    .field("answered", c.answered()).field("mastery", round(c.mastery())).endObject();
        }
        w.endArray().key("mostMissed").beginArray();
        for (Stats.Missed m : s.mostMissed()) {
            w.beginObject().field("question", m.question()).field("prompt", m.prompt()).field("misses", m.misses())
                    .field("answers", m.answers()).endObject();
        }
        w.endArray().key("history").beginArray();
        for (Records.Session r : s.sessions()) {
            w.beginObject().field("id", r.id()).field("startedAt", r.startedAt().toString()).field("status", r.status())
                    .field("frontEnd", r.frontEnd()).field("points", round(r.points())).field("possible", r.possible())
                    .field("answered", r.answered()).field("percent", r.percent()).endObject();
        }
        return w.endArray().endObject().toString();
    }

    private static void nullable(JsonWriter w, Integer n) {
        if (n == null) w.nul();
        else w.number(n);
    }

    /** Three decimals are plenty for a share of 1. */
    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
