package brief.render;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Figure;
import brief.model.Organization;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Quote;
import brief.model.Source;
import brief.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one-page text briefing: every section of the printed page, within a page of {@link #MAX_LINES} lines.
 * The key points are the first point of each card; the cards carry the rest.
 * When the content does not fit, whole items are left out, least important first (the timeline before all else),
 * and a last line says what was left out and where to read it; nothing is ever cut mid-sentence.
 */
public final class OnePage {
    public static final int MAX_LINES = 60;
    public static final int MIN_WIDTH = 40;
    public static final int MAX_WIDTH = 200;

    private OnePage() {}

    public static String render(Briefing b, int width) {
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            throw new IllegalArgumentException("width must be between " + MIN_WIDTH + " and " + MAX_WIDTH
                    + " columns, not " + width);
        }
        List<String> head = new ArrayList<>();
        head.addAll(Wrap.lines(b.title().toUpperCase(Locale.ROOT), width, "", ""));
        head.addAll(Wrap.lines(sourceLine(b.source()), width, "", "  "));
        head.addAll(Wrap.lines("Perspective: " + b.source().perspective(), width, "", "  "));
        head.add("");
        head.add("BOTTOM LINE");
        head.addAll(Wrap.lines(b.bluf(), width, "  ", "  "));

        List<Section> sections = sections(b, width);
        int budget = MAX_LINES - head.size();
        List<String> footer = fit(sections, budget, width);

        StringBuilder out = new StringBuilder();
        for (String line : head) out.append(line).append('\n');
        for (Section s : sections) {
            if (s.shown == 0) continue;
            for (String line : s.render()) out.append(line).append('\n');
        }
        for (String line : footer) out.append(line).append('\n');
        return out.toString();
    }

    /** Leaves out items until everything fits the budget; returns the footer saying what was left out. */
    private static List<String> fit(List<Section> sections, int budget, int width) {
        List<String> footer = List.of();
        while (true) {
            int used = 0;
            for (Section s : sections) used += s.lines();
            footer = footer(sections, width);
            if (used + footer.size() <= budget) return footer;
            Section victim = null;
            for (Section s : sections) {
                if (s.optional && s.shown > 0) victim = s;
            }
            for (Section s : sections) {
                if (victim != null && victim.optional) break;
                if (s.shown > s.keep && (victim == null || s.shown - s.keep > victim.shown - victim.keep)) {
                    victim = s;
                }
            }
            if (victim == null) {
                for (int i = sections.size() - 1; i >= 0 && victim == null; i--) {
                    if (sections.get(i).shown > 0) victim = sections.get(i);
                }
            }
            if (victim == null) return footer;
            victim.shown--;
        }
    }

    private static List<String> footer(List<Section> sections, int width) {
        List<String> left = new ArrayList<>();
        for (Section s : sections) {
            int hidden = s.items.size() - s.shown;
            if (hidden > 0) left.add(hidden + " " + (hidden == 1 ? s.unit : s.units));
        }
        if (left.isEmpty()) return List.of();
        return Wrap.lines("Not shown for lack of room: " + String.join(", ", left)
                + ". Read them all in 'brief print --format html' or '--format markdown'.", width, "", "  ");
    }

    private static List<Section> sections(Briefing b, int width) {
        List<Section> sections = new ArrayList<>();
        Section key = new Section("KEY POINTS   [F] fact  [C] claim  [O] opinion", "key point", "key points",
                b.cards().size(), width);
        for (Card c : b.cards()) key.items.add(point(c.points().get(0), width));
        sections.add(key);

        Section numbers = new Section("NUMBERS TO KNOW", "figure", "figures", Math.min(3, b.figures().size()), width);
        for (Figure f : b.figures()) {
            String detail = f.label();
            List<String> extra = new ArrayList<>();
            if (f.asOf() != null) extra.add(f.asOf());
            if (f.attributedTo() != null) extra.add("per " + f.attributedTo());
            if (!extra.isEmpty()) detail += " (" + String.join(", ", extra) + ")";
            numbers.items.add(Wrap.lines(f.value() + " — " + detail, width, "  ", "    "));
        }
        sections.add(numbers);

        Section who = new Section("WHO'S WHO", "person or organization", "people and organizations",
                Math.min(2, b.people().size()), width);
        for (Person p : b.people()) who.items.add(Wrap.lines(p.name() + " — " + p.role(), width, "  ", "    "));
        for (Organization o : b.organizations()) who.items.add(Wrap.lines(o.name() + " — " + o.what(), width, "  ", "    "));
        sections.add(who);

        Section quotes = new Section("QUOTES", "quote", "quotes", Math.min(1, b.quotes().size()), width);
        for (Quote q : b.quotes()) {
            String speaker = b.person(q.speaker()).map(Person::name).orElse(q.speaker());
            quotes.items.add(Wrap.lines("“" + q.text() + "” — " + speaker + " (" + q.context() + ")", width,
                    "  ", "    "));
        }
        sections.add(quotes);

        sections.add(points("OUTCOMES", "outcome", "outcomes", b.outcomes(), 1, width));
        sections.add(points("CONTEXT", "context point", "context points", b.context(), 1, width));

        Section timeline = new Section("TIMELINE", "timeline event", "timeline events", 0, width);
        timeline.optional = true;
        for (TimelineEvent t : b.timeline()) timeline.items.add(Wrap.lines(Timeline.line(t), width, "  ", "    "));
        sections.add(timeline);
        sections.add(points("WHAT TO WATCH", "item to watch", "items to watch", b.watch(), 1, width));
        return sections;
    }

    private static Section points(String title, String unit, String units, List<Point> points, int keep, int width) {
        Section s = new Section(title, unit, units, Math.min(keep, points.size()), width);
        for (Point p : points) s.items.add(point(p, width));
        return s;
    }

    private static List<String> point(Point p, int width) {
        return Wrap.lines(p.text(), width, "  " + marker(p.kind()) + " ", "      ");
    }

    public static String marker(PointKind kind) {
        switch (kind) {
            case FACT: return "[F]";
            case CLAIM: return "[C]";
            default: return "[O]";
        }
    }

    public static String sourceLine(Source s) {
        StringBuilder line = new StringBuilder("Source: ").append(s.outlet()).append(" · ").append(s.kind().word());
        if (s.published() != null) line.append(" · ").append(s.published());
        return line.toString();
    }

    /** A section of the page: a heading and items, of which the first {@code shown} are printed. */
    private static final class Section {
        final List<String> title;
        final String unit;
        final String units;
        final int keep;
        final List<List<String>> items = new ArrayList<>();
        int shown = Integer.MAX_VALUE;
        /** Shown only when there is room: it gives way before any other section loses an item. */
        boolean optional;

        Section(String title, String unit, String units, int keep, int width) {
            this.title = Wrap.lines(title, width, "", "  ");
            this.unit = unit;
            this.units = units;
            this.keep = keep;
        }

        int lines() {
            shown = Math.min(shown, items.size());
            if (shown == 0) return 0;
            int n = 1 + title.size();
            for (int i = 0; i < shown; i++) n += items.get(i).size();
            return n;
        }

        List<String> render() {
            List<String> out = new ArrayList<>();
            out.add("");
            out.addAll(title);
            for (int i = 0; i < shown; i++) out.addAll(items.get(i));
            return out;
        }
    }
}
