package brief.content;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Point;
import brief.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How much of each paragraph of an article a briefing cites: its cards, lists, quotes, timeline and questions.
 * Shows an author what a draft left out.
 */
public final class Coverage {
    private static final int PREVIEW = 48;

    private Coverage() {}

    /** One paragraph (a non-empty line of the article), numbered from 1, and the share of its characters cited. */
    public record Paragraph(int number, String text, double cited) {
        public boolean uncited() {
            return cited == 0;
        }
    }

    public static List<Paragraph> of(Briefing b, Article article) {
        String text = article.text();
        boolean[] cited = new boolean[text.length()];
        for (String passage : passages(b)) {
            article.find(passage).ifPresent(span -> {
                for (int i = span.start(); i < span.end(); i++) cited[i] = true;
            });
        }
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        int number = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                int letters = 0;
                int hit = 0;
                for (int i = start; i < end; i++) {
                    if (Character.isWhitespace(text.charAt(i))) continue;
                    letters++;
                    if (cited[i]) hit++;
                }
                out.add(new Paragraph(++number, line.strip(), letters == 0 ? 0 : (double) hit / letters));
            }
            start = end + 1;
        }
        return out;
    }

    /** The report as {@code brief validate --coverage} prints it. */
    public static String report(String file, List<Paragraph> paragraphs) {
        StringBuilder out = new StringBuilder(file).append(": what the briefing cites of its article, paragraph by paragraph\n");
        List<String> uncited = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            String preview = p.text().length() <= PREVIEW ? p.text() : p.text().substring(0, PREVIEW - 1).stripTrailing() + "…";
            out.append(String.format(Locale.ROOT, "  ¶%-3d %4.0f%%  %s%s%n", p.number(), 100 * p.cited(),
                    Safe.clean(preview), p.uncited() ? "   (nothing cites it)" : ""));
            if (p.uncited()) uncited.add("¶" + p.number());
        }
        long cited = paragraphs.size() - uncited.size();
        out.append(String.format(Locale.ROOT, "  %d of %d paragraphs cited", cited, paragraphs.size()));
        out.append(uncited.isEmpty() ? "\n" : "; nothing cites " + String.join(", ", uncited) + "\n");
        return out.toString();
    }

    private static List<String> passages(Briefing b) {
        List<String> out = new ArrayList<>();
        for (Card c : b.cards()) for (Point p : c.points()) out.add(p.evidence().passage());
        for (List<Point> list : List.of(b.outcomes(), b.context(), b.watch())) {
            for (Point p : list) out.add(p.evidence().passage());
        }
        b.figures().forEach(f -> out.add(f.evidence().passage()));
        b.people().forEach(p -> out.add(p.evidence().passage()));
        b.organizations().forEach(o -> out.add(o.evidence().passage()));
        b.quotes().forEach(q -> out.add(q.text()));
        b.timeline().forEach(t -> out.add(t.evidence().passage()));
        for (Question q : b.questions()) {
            Evidence e = q.stem().evidence();
            out.add(e.passage());
        }
        return out;
    }
}
