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

/**
 * The one-page briefing as one self-contained HTML file: no external assets, readable on screen, and with
 * print CSS that sets the key points, numbers and people in columns so the page prints on one sheet.
 */
public final class Html {
    private static final String CSS = """
            :root { color-scheme: light; }
            body { font: 15px/1.45 Georgia, "Times New Roman", serif; max-width: 56rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
            h1 { font-size: 1.6em; margin: 0 0 .3rem; }
            h2 { font: bold .8em/1.2 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .06em; border-bottom: 1px solid #999; margin: 1.1rem 0 .4rem; }
            .source { font-style: italic; margin: 0; }
            .bluf { font-size: 1.05em; border-left: 4px solid #333; padding: .3rem .8rem; background: #f4f4f4; }
            ul { margin: 0; padding-left: 1.2rem; }
            li { margin: .15rem 0; }
            .kind { font: bold .7em system-ui, sans-serif; border: 1px solid #555; border-radius: 3px; padding: 0 .25rem; margin-right: .3rem; }
            .legend { font: .75em system-ui, sans-serif; color: #444; }
            blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 2px solid #999; }
            .columns { columns: 2; column-gap: 2rem; }
            @page { size: A4; margin: 10mm 11mm; }
            @media print {
              body { font-size: 8.5pt; line-height: 1.25; margin: 0; max-width: none; }
              ul { padding-left: 1rem; }
              h1 { font-size: 14pt; }
              h2 { margin: 6pt 0 3pt; }
              .bluf { background: none; }
              section, li, blockquote { break-inside: avoid; }
            }
            """;

    private Html() {}

    public static String render(Briefing b) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(b.title())).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>").append(escape(b.title())).append("</h1>\n")
                .append("<p class=\"source\">").append(escape(OnePage.sourceLine(b.source()))).append("</p>\n")
                .append("<p class=\"source\">Perspective: ").append(escape(b.source().perspective())).append("</p>\n")
                .append("</header>\n");
        out.append("<section>\n<h2>Bottom line</h2>\n<p class=\"bluf\">").append(escape(b.bluf())).append("</p>\n</section>\n");
        out.append("<section>\n<h2>Key points</h2>\n<p class=\"legend\">F = reported fact · C = a party's claim · "
                + "O = the author's opinion</p>\n<ul>\n");
        for (Card c : b.cards()) point(out, c.points().get(0));
        out.append("</ul>\n</section>\n<div class=\"columns\">\n");
        if (!b.figures().isEmpty()) {
            out.append("<section>\n<h2>Numbers to know</h2>\n<ul>\n");
            for (Figure f : b.figures()) {
                out.append("<li><strong>").append(escape(f.value())).append("</strong> — ").append(escape(f.label()));
                if (f.asOf() != null) out.append(" (").append(escape(f.asOf())).append(')');
                if (f.attributedTo() != null) out.append(", per ").append(escape(f.attributedTo()));
                out.append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }
        if (!b.people().isEmpty() || !b.organizations().isEmpty()) {
            out.append("<section>\n<h2>").append(escape("Who's who")).append("</h2>\n<ul>\n");
            for (Person p : b.people()) item(out, p.name(), p.role());
            for (Organization o : b.organizations()) item(out, o.name(), o.what());
            out.append("</ul>\n</section>\n");
        }
        if (!b.quotes().isEmpty()) {
            out.append("<section>\n<h2>Quotes</h2>\n");
            for (Quote q : b.quotes()) {
                String speaker = b.person(q.speaker()).map(Person::name).orElse(q.speaker());
                out.append("<blockquote>“").append(escape(q.text())).append("” — ").append(escape(speaker)).append(" (")
                        .append(escape(q.context())).append(")</blockquote>\n");
            }
            out.append("</section>\n");
        }
        section(out, "Outcomes", b.outcomes());
        section(out, "Context", b.context());
        if (!b.timeline().isEmpty()) {
            out.append("<section>\n<h2>Timeline</h2>\n<ul>\n");
            for (TimelineEvent t : b.timeline()) item(out, t.when(), t.what());
            out.append("</ul>\n</section>\n");
        }
        section(out, "What to watch", b.watch());
        return out.append("</div>\n</body>\n</html>\n").toString();
    }

    private static void section(StringBuilder out, String title, List<Point> points) {
        if (points.isEmpty()) return;
        out.append("<section>\n<h2>").append(escape(title)).append("</h2>\n<ul>\n");
        for (Point p : points) point(out, p);
        out.append("</ul>\n</section>\n");
    }

    private static void point(StringBuilder out, Point p) {
        String letter = OnePage.marker(p.kind()).substring(1, 2);
        out.append("<li><span class=\"kind\" title=\"").append(p.kind().word()).append("\">").append(letter)
                .append("</span>").append(escape(p.text())).append("</li>\n");
    }

    private static void item(StringBuilder out, String name, String what) {
        out.append("<li><strong>").append(escape(name)).append("</strong> — ").append(escape(what)).append("</li>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
