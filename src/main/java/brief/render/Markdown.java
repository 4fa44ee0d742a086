package brief.render;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Figure;
import brief.model.Organization;
import brief.model.Person;
import brief.model.Point;
import brief.model.Quote;
import brief.model.TimelineEvent;
import java.util.List;

/** The briefing as CommonMark: the same sections as the printed page, with nothing left out. */
public final class Markdown {
    private Markdown() {}

    public static String render(Briefing b) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(escape(b.title())).append("\n\n");
        out.append("*").append(escape(OnePage.sourceLine(b.source()))).append("*  \n");
        out.append("*Perspective: ").append(escape(b.source().perspective())).append("*\n\n");
        out.append("## Bottom line\n\n").append(escape(b.bluf())).append("\n\n");
        out.append("## Key points\n\n");
        out.append("**[F]** fact · **[C]** claim · **[O]** opinion\n\n");
        for (Card c : b.cards()) {
            out.append("### ").append(escape(c.title())).append("\n\n");
            for (Point p : c.points()) point(out, p);
            out.append('\n');
        }
        if (!b.figures().isEmpty()) {
            out.append("## Numbers to know\n\n");
            for (Figure f : b.figures()) {
                out.append("- **").append(escape(f.value())).append("** — ").append(escape(f.label()));
                if (f.asOf() != null) out.append(" (").append(escape(f.asOf())).append(')');
                if (f.attributedTo() != null) out.append(", per ").append(escape(f.attributedTo()));
                out.append('\n');
            }
            out.append('\n');
        }
        if (!b.people().isEmpty() || !b.organizations().isEmpty()) {
            out.append("## Who's who\n\n");
            for (Person p : b.people()) {
                out.append("- **").append(escape(p.name())).append("** — ").append(escape(p.role())).append('\n');
            }
            for (Organization o : b.organizations()) {
                out.append("- **").append(escape(o.name())).append("** — ").append(escape(o.what())).append('\n');
            }
            out.append('\n');
        }
        if (!b.quotes().isEmpty()) {
            out.append("## Quotes\n\n");
            for (Quote q : b.quotes()) {
                String speaker = b.person(q.speaker()).map(Person::name).orElse(q.speaker());
                out.append("> “").append(escape(q.text())).append("” — ").append(escape(speaker)).append(", ")
                        .append(escape(q.context())).append("\n\n");
            }
        }
        section(out, "Outcomes", b.outcomes());
        section(out, "Context", b.context());
        if (!b.timeline().isEmpty()) {
            out.append("## Timeline\n\n");
            for (TimelineEvent t : b.timeline()) {
                out.append("- **").append(escape(t.when())).append("** — ").append(escape(t.what())).append('\n');
            }
            out.append('\n');
        }
        section(out, "What to watch", b.watch());
        return out.toString().stripTrailing() + "\n";
    }

    private static void section(StringBuilder out, String title, List<Point> points) {
        if (points.isEmpty()) return;
        out.append("## ").append(title).append("\n\n");
        for (Point p : points) point(out, p);
        out.append('\n');
    }

    private static void point(StringBuilder out, Point p) {
        out.append("- **").append(OnePage.marker(p.kind())).append("** ").append(escape(p.text())).append('\n');
    }

    /** Escapes the characters CommonMark could read as markup, and keeps text on one line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
            if ("\\`*_[]<>|~".indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
