package brief.render.stats;

import brief.json.JsonWriter;
import brief.progress.Records;
import brief.progress.Stats;
import brief.quiz.Scoreboard;
import brief.schedule.Schedule;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Stats as text for a terminal or a pipe, and as JSON for other programs. */
public final class StatsReport {
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private StatsReport() {}

    public static String text(Stats s) {
        StringBuilder out = new StringBuilder();
        out.append(s.title()).append(" (").append(s.briefing()).append(")\n");
        List<Records.Session> scored = s.scored();
        out.append(String.format(Locale.ROOT, "Sessions: %d   best %s   last %s   average %s   mastery %d%%%n",
                answered(s).size(), pct(s.best().orElse(null)), pct(s.last().orElse(null)),
                pct(s.average().orElse(null)), Math.round(100 * s.mastery())));
        out.append(String.format(Locale.ROOT, "Due now: %d   never answered: %d   retention: %s (desired %d%%)%n",
                s.due(), s.unseen(), s.retention().isPresent() ? Math.round(100 * s.retention().getAsDouble())
                        + "% of reviews passed" : "no reviews yet", Math.round(100 * s.desiredRetention())));
        out.append("Due in the next 14 days:");
        for (int n : s.forecast()) out.append(' ').append(n);
        out.append("  (today first)\n");
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
        if (!answered(s).isEmpty()) {
            out.append("\nHistory\n");
            for (Records.Session r : answered(s)) {
                String how = r.left() ? "left after " + r.answered() + " of " + r.questions() : r.status().word();
                out.append(String.format(Locale.ROOT, "  %s  %-8s %-19s %3d%%  %s of %d points (%s)%n",
                        WHEN.format(r.startedAt()), r.mode().word(), how, r.percent(), Scoreboard.points(r.points()), r.possible(),
                        r.frontEnd().word()));
            }
        } else {
            out.append("\nNo quiz taken yet: start one with 'brief quiz'.\n");
        }
        return out.toString();
    }

    /** Sessions in which something was answered: one left before its first answer is not shown. */
    private static List<Records.Session> answered(Stats s) {
        return s.sessions().stream().filter(r -> r.answered() > 0).toList();
    }

    /** One line per briefing (sessions, mastery, last studied, due) and the totals. */
    public static String overview(List<Stats> all) {
        StringBuilder out = new StringBuilder();
        int width = all.stream().mapToInt(s -> s.briefing().length()).max().orElse(0);
        int sessions = 0;
        int due = 0;
        int questions = 0;
        double remembered = 0;
        for (Stats s : all) {
            int n = answered(s).size();
            sessions += n;
            due += s.due();
            questions += s.questions().size();
            remembered += s.mastery() * s.questions().size();
            out.append(String.format(Locale.ROOT, "%-" + width + "s  %s  %3d%%  %s  %s  %s%n", s.briefing(),
                    bar(s.mastery(), 10), Math.round(100 * s.mastery()), count(n, "session"),
                    s.lastStudied().map(t -> "last studied " + DAY.format(t)).orElse("not studied yet"),
                    s.due() + " due"));
        }
        out.append(String.format(Locale.ROOT, "Total: %d briefings, %s, mastery %d%%, %d due%n", all.size(),
                count(sessions, "session"), questions == 0 ? 0 : Math.round(100 * remembered / questions), due));
        return out.toString();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
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
    private static String bar(double fraction, int width) {
        return Scoreboard.bar(fraction, width, Scoreboard.Bar.ASCII);
    }

    private static String pct(Integer p) {
        return p == null ? "—" : p + "%";
    }

    /** Several briefings' stats, as a JSON array of what {@link #json(Stats)} gives for each. */
    public static String json(List<Stats> all) {
        JsonWriter w = new JsonWriter().beginArray();
        for (Stats s : all) write(w, s);
        return w.endArray().toString();
    }

    public static String json(Stats s) {
        return write(new JsonWriter(), s).toString();
    }

    private static JsonWriter write(JsonWriter w, Stats s) {
        w.beginObject();
        w.field("briefing", s.briefing()).field("title", s.title()).field("sessions", s.sessions().size());
        w.key("best");
        nullable(w, s.best().orElse(null));
        w.key("last");
        nullable(w, s.last().orElse(null));
        w.key("average");
        nullable(w, s.average().orElse(null));
        w.field("mastery", round(s.mastery())).field("lastStudied", s.lastStudied().map(Object::toString).orElse(null));
        w.field("due", s.due()).key("retention");
        if (s.retention().isPresent()) w.number(round(s.retention().getAsDouble()));
        else w.nul();
        w.field("desiredRetention", s.desiredRetention()).key("forecast").beginArray();
        for (int n : s.forecast()) w.number(n);
        w.endArray().key("questions").beginArray();
        for (Stats.QuestionMemory q : s.questions()) {
            Schedule m = q.schedule();
            w.beginObject().field("id", q.id()).field("card", q.card()).field("state", m.state().word());
            w.key("stability");
            if (m.isNew()) w.nul();
            else w.number(round(m.memory().stability()));
            w.key("difficulty");
            if (m.isNew()) w.nul();
            else w.number(round(m.memory().difficulty()));
            w.field("retrievability", round(q.retrievability())).field("due", m.isNew() ? null : m.due().toString())
                    .field("reviews", m.reviews()).field("lapses", m.lapses()).endObject();
        }
        w.endArray();
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
            w.beginObject().field("id", r.id()).field("startedAt", r.startedAt().toString()).field("mode", r.mode().word())
                    .field("status", r.status().word()).field("questions", r.questions())
                    .field("frontEnd", r.frontEnd().word()).field("points", round(r.points())).field("possible", r.possible())
                    .field("answered", r.answered()).field("percent", r.percent()).endObject();
        }
        return w.endArray().endObject();
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
