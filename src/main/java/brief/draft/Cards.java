package brief.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The article's own structure as cards: consecutive paragraphs grouped by the content words they share. */
public final class Cards {
    public static final int MIN_CARDS = 4;
    public static final int MAX_CARDS = 9;
    public static final int MIN_POINTS = 2;
    public static final int MAX_POINTS = 6;
    /** A card holds at least this share of an even split of the sentences, where the article can be cut so. */
    private static final double EVEN = 0.75;

    /** Heads that make a weak title: units, times and parts, which say nothing of what the card is about. */
    private static final java.util.Set<String> WEAK = Words.set("minute", "minutes", "percent", "hour", "hours", "time",
            "year", "years", "day", "days", "morning", "evening", "afternoon", "night", "week", "weeks", "month",
            "months", "half", "side", "part", "number", "lot", "people", "way", "thing", "things", "today", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "cent", "kind", "end", "start");

    private Cards() {}

    /** A card's sentences, in reading order, with the phrase that titles it and the word that is its topic. */
    public record Group(String title, String topic, List<Text.Sentence> sentences) {}

    /**
     * Groups of consecutive units (paragraphs, or sentences when there are too few paragraphs), cut where
     * neighbours share the fewest words, each group holding at least two sentences.
     */
    public static List<List<Text.Sentence>> group(List<Text.Paragraph> paragraphs) {
        return group(paragraphs, MAX_CARDS);
    }

    /** As {@link #group(List)}, with at most {@code most} groups (a short article's briefing must stay short). */
    public static List<List<Text.Sentence>> group(List<Text.Paragraph> paragraphs, int most) {
        List<List<Text.Sentence>> units = new ArrayList<>();
        for (Text.Paragraph p : paragraphs) if (!p.sentences().isEmpty()) units.add(p.sentences());
        int sentences = units.stream().mapToInt(List::size).sum();
        if (units.size() < MIN_CARDS * 2) {
            units = new ArrayList<>();
            for (Text.Paragraph p : paragraphs) for (Text.Sentence s : p.sentences()) units.add(List.of(s));
        }
        int wanted = Math.max(1, Math.min(Math.min(most, sentences / MIN_POINTS),
                Math.max(MIN_CARDS, (int) Math.round(units.size() / 2.0))));
        double[] similarity = new double[Math.max(0, units.size() - 1)];
        for (int i = 0; i + 1 < units.size(); i++) similarity[i] = overlap(words(units.get(i)), words(units.get(i + 1)));
        List<Integer> boundaries = new ArrayList<>();
        for (int i = 0; i < similarity.length; i++) boundaries.add(i);
        boundaries.sort(Comparator.comparingDouble((Integer i) -> similarity[i]).thenComparing(i -> i));
        // groups of even size where the article allows, so that every card has sentences to choose its points from
        Set<Integer> cuts = evenCuts(units, similarity, wanted, Math.max(MIN_POINTS, (int) Math.ceil(EVEN * sentences / wanted)));
        if (cuts == null) cuts = cuts(units, boundaries, wanted, MIN_POINTS);
        List<List<Text.Sentence>> out = new ArrayList<>();
        List<Text.Sentence> current = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            current.addAll(units.get(i));
            if (cuts.contains(i)) {
                out.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }

    /**
     * The {@code wanted - 1} boundaries whose neighbours share least in all, each group keeping at least
     * {@code least} sentences; null when the units cannot be split so.
     */
    private static Set<Integer> evenCuts(List<List<Text.Sentence>> units, double[] similarity, int wanted, int least) {
        int n = units.size();
        int[] before = new int[n + 1];
        for (int i = 0; i < n; i++) before[i + 1] = before[i] + units.get(i).size();
        // cost[k][i]: the least similarity cut through when units 0..i make k + 1 groups; from[k][i]: the last cut
        double[][] cost = new double[wanted][n];
        int[][] from = new int[wanted][n];
        for (double[] row : cost) java.util.Arrays.fill(row, Double.POSITIVE_INFINITY);
        for (int i = 0; i < n; i++) if (before[i + 1] >= least) cost[0][i] = 0;
        for (int k = 1; k < wanted; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    if (cost[k - 1][j] == Double.POSITIVE_INFINITY || before[i + 1] - before[j + 1] < least) continue;
                    double c = cost[k - 1][j] + similarity[j];
                    if (c < cost[k][i]) {
                        cost[k][i] = c;
                        from[k][i] = j;
                    }
                }
            }
        }
        if (n == 0 || cost[wanted - 1][n - 1] == Double.POSITIVE_INFINITY) return null;
        Set<Integer> cuts = new HashSet<>();
        for (int k = wanted - 1, i = n - 1; k > 0; k--) {
            i = from[k][i];
            cuts.add(i);
        }
        return cuts;
    }

    /** The boundaries cut at, weakest first, each group keeping at least {@code least} sentences. */
    private static Set<Integer> cuts(List<List<Text.Sentence>> units, List<Integer> boundaries, int wanted, int least) {
        Set<Integer> cuts = new HashSet<>();
        for (int b : boundaries) {
            if (cuts.size() >= wanted - 1) break;
            cuts.add(b);
            if (!everyGroupHas(units, cuts, least)) cuts.remove(b);
        }
        return cuts;
    }

    private static boolean everyGroupHas(List<List<Text.Sentence>> units, Set<Integer> cuts, int least) {
        int size = 0;
        for (int i = 0; i < units.size(); i++) {
            size += units.get(i).size();
            if (cuts.contains(i) || i == units.size() - 1) {
                if (size < least) return false;
                size = 0;
            }
        }
        return true;
    }

    private static Set<String> words(List<Text.Sentence> unit) {
        Set<String> out = new HashSet<>();
        for (Text.Sentence s : unit) out.addAll(Centrality.contentWords(s));
        return out;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return 0;
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) shared.size() / union.size();
    }

    /** Titles each group by its most salient phrase: the noun phrase whose words are most its own. */
    public static List<Group> titled(List<List<Text.Sentence>> groups) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        Map<String, Integer> groupsHaving = new HashMap<>();
        for (List<Text.Sentence> g : groups) {
            Map<String, Integer> c = new HashMap<>();
            for (Text.Sentence s : g) for (Text.Token t : s.tokens()) {
                if (t.is("NOUN", "PROPN") && t.content()) c.merge(Centrality.stem(t.lower()), 1, Integer::sum);
            }
            counts.add(c);
            for (String w : c.keySet()) groupsHaving.merge(w, 1, Integer::sum);
        }
        List<Group> out = new ArrayList<>();
        Set<String> usedTitles = new HashSet<>();
        Set<String> usedTopics = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            Map<String, Integer> c = counts.get(g);
            Map<String, Double> phraseScore = new LinkedHashMap<>();
            for (Text.Sentence s : groups.get(g)) {
                for (String phrase : nounPhrases(s)) {
                    String[] words = phrase.split(" ");
                    String head = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
                    if (WEAK.contains(head) || Names.TITLES.contains(words[0].toLowerCase(java.util.Locale.ROOT))
                            && words.length > 1 || phrase.equals(phrase.toUpperCase(java.util.Locale.ROOT))) continue;
                    double score = 0;
                    for (String w : phrase.split(" ")) {
                        String stem = Centrality.stem(w);
                        if (!c.containsKey(stem)) continue;
                        score += c.get(stem) * Math.log(1.0 + (double) groups.size() / groupsHaving.get(stem));
                    }
                    // a thing named in two or three words ("ferry line", "pay offer") says more than a lone name
                    boolean common = Character.isLowerCase(head.charAt(0)) && Character.isLowerCase(words[words.length - 1].charAt(0));
                    double shape = (common ? 1.4 : 1.0) * (words.length >= 2 && words.length <= 3 ? 1.3 : 1.0);
                    phraseScore.merge(phrase, shape * score / Math.sqrt(words.length), Math::max);
                }
            }
            String title = phraseScore.entrySet().stream()
                    .filter(e -> !usedTitles.contains(e.getKey().toLowerCase(java.util.Locale.ROOT)))
                    .max(Map.Entry.<String, Double>comparingByValue().thenComparing(e -> e.getKey().split(" ").length))
                    .map(Map.Entry::getKey).orElse("Part " + (g + 1));
            usedTitles.add(title.toLowerCase(java.util.Locale.ROOT));
            String topic = c.entrySet().stream().filter(e -> !usedTopics.contains(e.getKey()))
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey,
                            Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElse("part-" + (g + 1));
            usedTopics.add(topic);
            out.add(new Group(Words.capitalized(title), Words.slug(topic, 1), groups.get(g)));
        }
        return out;
    }

    /** Runs of adjectives and nouns ending in a noun, one to four words, as the sentence has them. */
    static List<String> nounPhrases(Text.Sentence s) {
        List<String> out = new ArrayList<>();
        List<Text.Token> t = s.tokens();
        boolean[] quoted = Quotes.insideQuotes(s);
        int i = 0;
        while (i < t.size()) {
            int j = i;
            while (j < t.size() && !quoted[j] && t.get(j).is("ADJ", "NOUN", "PROPN") && !Names.possessive(t.get(j))
                    && Character.isLetter(t.get(j).text().charAt(0)) && !Words.STOP.contains(t.get(j).lower())) j++;
            int end = j;
            while (end > i && !t.get(end - 1).is("NOUN", "PROPN")) end--;
            if (end > i) {
                int start = Math.max(i, end - 4);
                if (end - start >= 1) out.add(s.text().substring(t.get(start).start(), t.get(end - 1).end()));
            }
            i = Math.max(j, i) + 1;
        }
        return out;
    }
}
