package brief.export;

import brief.model.Briefing;
import brief.model.Option;
import brief.model.Question;
import brief.quiz.Explain;
import brief.render.Html;
import java.util.List;

/**
 * Anki's text import format: file headers, then one note a row. The guid column is built from the
 * briefing's and question's ids, so importing an edited briefing again updates its notes instead of
 * duplicating them.
 */
public final class Anki {
    static final String BASIC = "Basic";
    static final String CLOZE = "Cloze";

    private Anki() {}

    public static String export(Briefing b, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n");
        out.append("#deck:brief::").append(b.title().replace(":", " –").replaceAll("\\s+", " ").strip()).append('\n');
        out.append("#tags column:5\n");
        for (Question q : questions) {
            String[] fields = q.accept(new Notes(b));
            String type = q.type() == brief.model.QuestionType.CLOZE ? CLOZE : BASIC;
            String tags = "brief::" + b.id() + " brief::card::" + q.card() + " brief::type::" + q.type().word()
                    + (q.stem().derived() ? " brief::derived" : "");
            out.append(b.id()).append('/').append(q.id()).append('\t').append(type).append('\t').append(fields[0])
                    .append('\t').append(fields[1]).append('\t').append(tags).append('\n');
        }
        return out.toString();
    }

    /** The two fields of each question's note: front and back (or a cloze text and its extra). */
    private static final class Notes implements Question.Visitor<String[]> {
        private final Briefing b;

        Notes(Briefing b) {
            this.b = b;
        }

        public String[] choice(Question.Choice q) {
            return new String[] {prompt(q) + options(shuffled(q)), back(q)};
        }

        public String[] multi(Question.Multi q) {
            return new String[] {prompt(q) + "<br>(choose all that apply)" + options(shuffled(q)), back(q)};
        }

        public String[] trueFalse(Question.TrueFalse q) {
            return new String[] {prompt(q) + "<br>(true or false?)", back(q)};
        }

        public String[] cloze(Question.Cloze q) {
            String[] parts = q.stem().prompt().split(Question.Cloze.GAP, 2);
            String text = html(parts[0]) + "{{c1::" + html(q.answer()) + "}}" + html(parts.length > 1 ? parts[1] : "");
            return new String[] {text, extra(q)};
        }

        public String[] numeric(Question.Numeric q) {
            String unit = q.unit() == null ? "" : "<br>(in " + html(q.unit()) + ")";
            return new String[] {prompt(q) + unit, back(q)};
        }

        public String[] order(Question.Order q) {
            StringBuilder items = new StringBuilder("<ul>");
            q.items().stream().sorted((x, y) -> x.text().compareTo(y.text()))
                    .forEach(i -> items.append("<li>").append(html(i.text())).append("</li>"));
            return new String[] {prompt(q) + items.append("</ul>"), back(q)};
        }

        public String[] match(Question.Match q) {
            StringBuilder lefts = new StringBuilder("<ul>");
            q.pairs().forEach(p -> lefts.append("<li>").append(html(p.left())).append("</li>"));
            return new String[] {prompt(q) + lefts.append("</ul>"), back(q)};
        }

        private static String prompt(Question q) {
            return html(q.stem().prompt());
        }

        private static String options(List<Option> options) {
            StringBuilder out = new StringBuilder("<ol type=\"a\">");
            for (Option o : options) out.append("<li>").append(html(o.text())).append("</li>");
            return out.append("</ol>").toString();
        }

        private String back(Question q) {
            return "<b>" + html(Explain.rightAnswer(q)) + "</b><br>" + extra(q);
        }

        private String extra(Question q) {
            String card = b.card(q.card()).map(c -> c.title()).orElse(q.card());
            return html(q.stem().explain()) + "<br><blockquote>“" + html(q.stem().evidence().passage()) + "”</blockquote>"
                    + "<small>" + html(b.title()) + " · " + html(card) + "</small>";
        }
    }

    /**
     * A question's options in an order of their own, the same at every export (seeded by the question's id):
     * Anki does not shuffle them, and authors tend to write the right one first.
     */
    static List<Option> shuffled(Question q) {
        List<Option> options = new java.util.ArrayList<>(q instanceof Question.Choice c ? c.options()
                : ((Question.Multi) q).options());
        java.util.Collections.shuffle(options, new java.util.Random(q.id().hashCode() * 0x9E3779B97F4A7C15L));
        return options;
    }

    /** Field text for Anki with #html:true: markup escaped, and nothing that could end the field or the row. */
    static String html(String text) {
        return Html.escape(text).replace("\t", " ").replace("\r", "").replace("\n", "<br>");
    }
}
