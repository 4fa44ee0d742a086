package brief.export;

import brief.model.Briefing;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Question;
import brief.quiz.Numbers;
import java.util.List;
import java.util.Locale;

/**
 * Moodle's GIFT format. Order questions, which GIFT cannot express, are left out with a comment saying so;
 * so are matching questions with fewer than the three pairs Moodle requires.
 */
public final class Gift {
    private Gift() {}

    public static String export(Briefing b, List<Question> questions) {
        StringBuilder out = new StringBuilder();
        out.append("// ").append(line(b.title())).append('\n');
        out.append("// Exported by brief from the briefing '").append(b.id()).append("'.\n\n");
        out.append("$CATEGORY: brief/").append(b.id()).append("\n\n");
        for (Question q : questions) {
            String card = b.card(q.card()).map(c -> c.title()).orElse(q.card());
            out.append("// card: ").append(line(card)).append('\n');
            out.append("// evidence: ").append(line(q.stem().evidence().passage())).append('\n');
            String body = q.accept(new Body());
            if (body == null) {
                out.append("// Question ").append(q.id()).append(" (").append(q.type().word())
                        .append(") is left out: GIFT has no ").append(q.type() == brief.model.QuestionType.ORDER
                                ? "ordering questions" : "matching questions with fewer than three pairs").append(".\n\n");
                continue;
            }
            out.append("::").append(escape(q.id())).append("::").append(body).append("\n\n");
        }
        return out.toString();
    }

    private static final class Body implements Question.Visitor<String> {
        public String choice(Question.Choice q) {
            StringBuilder s = new StringBuilder(escape(q.stem().prompt())).append(" {\n");
            for (Option o : q.options()) {
                s.append(o.id().equals(q.answer()) ? "\t=" : "\t~").append(escape(o.text()));
                String feedback = o.id().equals(q.answer()) ? q.stem().explain() : o.why();
                if (feedback != null) s.append(" #").append(escape(feedback));
                s.append('\n');
            }
            return s.append("\t#### ").append(escape(q.stem().explain())).append("\n}").toString();
        }

        public String multi(Question.Multi q) {
            long wrong = q.options().size() - q.answers().size();
            StringBuilder s = new StringBuilder(escape(q.stem().prompt())).append(" {\n");
            for (Option o : q.options()) {
                boolean right = q.answers().contains(o.id());
                double weight = right ? 100.0 / q.answers().size() : -100.0 / wrong;
                s.append("\t~%").append(weight(weight)).append('%').append(escape(o.text()));
                if (o.why() != null) s.append(" #").append(escape(o.why()));
                s.append('\n');
            }
            return s.append("\t#### ").append(escape(q.stem().explain())).append("\n}").toString();
        }

        public String trueFalse(Question.TrueFalse q) {
            String explain = escape(q.stem().explain());
            return escape(q.stem().prompt()) + " {" + (q.answer() ? "TRUE" : "FALSE") + "#" + explain + "#" + explain + "}";
        }

        public String cloze(Question.Cloze q) {
            String[] parts = q.stem().prompt().split(Question.Cloze.GAP, 2);
            StringBuilder answers = new StringBuilder("{=").append(escape(q.answer()));
            for (String alt : q.accept()) answers.append(" =").append(escape(alt));
            answers.append(" #").append(escape(q.stem().explain())).append('}');
            return escape(parts[0]) + answers + escape(parts.length > 1 ? parts[1] : "");
        }

        public String numeric(Question.Numeric q) {
            String unit = q.unit() == null ? "" : " (in " + q.unit() + ")";
            return escape(q.stem().prompt() + unit) + " {#\n\t=" + Numbers.format(q.answer()) + ":"
                    + Numbers.format(q.tolerance()) + " #" + escape(q.stem().explain()) + "\n}";
        }

        public String order(Question.Order q) {
            return null;
        }

        public String match(Question.Match q) {
            if (q.pairs().size() < 3) return null;
            StringBuilder s = new StringBuilder(escape(q.stem().prompt())).append(" {\n");
            for (Pair p : q.pairs()) {
                s.append("\t=").append(escape(p.left())).append(" -> ").append(escape(p.right())).append('\n');
            }
            return s.append('}').toString();
        }
    }

    private static String weight(double w) {
        String s = String.format(Locale.ROOT, "%.5f", w);
        return s.replaceAll("\\.?0+$", "");
    }

    /** Escapes GIFT's special characters ~ = # { } : and the backslash, and keeps text on one line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if ("~=#{}:\\".indexOf(c) >= 0) out.append('\\');
            out.append(c == '\n' || c == '\r' || c == '\t' ? ' ' : c);
        }
        return out.toString();
    }

    private static String line(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
