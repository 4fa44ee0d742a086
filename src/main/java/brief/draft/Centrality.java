package brief.draft;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How central each sentence is to the article: TextRank over shared content words. */
public final class Centrality {
    private static final double DAMPING = 0.85;
    private static final int ROUNDS = 40;

    private Centrality() {}

    /** The content words of a sentence, folded so that "talks" and "talk" count as one. */
    static Set<String> contentWords(Text.Sentence s) {
        Set<String> out = new HashSet<>();
        for (Text.Token t : s.tokens()) if (t.content()) out.add(stem(t.lower()));
        return out;
    }

    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("('s|’s)$", "");
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    /** A score for each sentence, summing to one; an article of one sentence gives it all. */
    public static double[] rank(List<Text.Sentence> sentences) {
        int n = sentences.size();
        double[] score = new double[n];
        if (n == 0) return score;
        List<Set<String>> words = sentences.stream().map(Centrality::contentWords).toList();
        double[][] w = new double[n][n];
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sim = similarity(words.get(i), words.get(j));
                w[i][j] = sim;
                w[j][i] = sim;
                out[i] += sim;
                out[j] += sim;
            }
        }
        java.util.Arrays.fill(score, 1.0 / n);
        for (int round = 0; round < ROUNDS; round++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) if (w[j][i] > 0) sum += w[j][i] / out[j] * score[j];
                next[i] = (1 - DAMPING) / n + DAMPING * sum;
            }
            score = next;
        }
        return score;
    }

    /** Shared words over the logs of the sentences' lengths, as TextRank has it. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.size() < 2 || b.size() < 2) return 0;
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return shared.size() / (Math.log(a.size()) + Math.log(b.size()));
    }
}
