package brief.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The passage of an article nearest to one that is not in it: the stretch of as many words sharing the most. */
public final class Nearest {
    private Nearest() {}

    private record Word(String folded, int start, int end) {}

    /** The article's stretch most like the passage, verbatim, or null when no word of the passage occurs in it. */
    public static String passage(Article article, String passage) {
        String text = article.text();
        List<Word> words = words(text);
        List<Word> wanted = words(passage);
        int n = wanted.size();
        if (n == 0 || words.isEmpty()) return null;
        Map<String, Integer> need = new HashMap<>();
        for (Word w : wanted) need.merge(w.folded(), 1, Integer::sum);
        Map<String, Integer> have = new HashMap<>();
        int score = 0;
        int best = 0;
        int bestStart = -1;
        for (int i = 0; i < words.size(); i++) {
            String in = words.get(i).folded();
            if (have.merge(in, 1, Integer::sum) <= need.getOrDefault(in, 0)) score++;
            if (i >= n) {
                String out = words.get(i - n).folded();
                if (have.merge(out, -1, Integer::sum) < need.getOrDefault(out, 0)) score--;
            }
            if (score > best) {
                best = score;
                bestStart = Math.max(0, i - n + 1);
            }
        }
        if (bestStart < 0) return null;
        int last = Math.min(words.size() - 1, bestStart + n - 1);
        return text.substring(words.get(bestStart).start(), words.get(last).end()).replaceAll("\\s+", " ")
                .replaceAll("[,;:]$", "");
    }

    private static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) i++;
            if (i > start) {
                String folded = text.substring(start, i).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
                out.add(new Word(folded, start, i));
            }
        }
        return out;
    }
}
