package brief.quiz;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Numbers written in English words: "nine", "twenty-five", "two hundred", "a dozen", "three thousand". */
final class NumberWords {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("dozen", 12));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Double> SCALES = Map.of("hundred", 1e2, "thousand", 1e3, "million", 1e6,
            "billion", 1e9, "trillion", 1e12);

    private NumberWords() {}

    /** The value of one number word ("nine", "dozen", "twenty"), if it is one. */
    static Optional<Double> value(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (UNITS.containsKey(w)) return Optional.of((double) UNITS.get(w));
        if (TENS.containsKey(w)) return Optional.of((double) TENS.get(w));
        return Optional.empty();
    }

    /** The value of a whole phrase of number words, or empty when any word is not part of a number. */
    static Optional<Double> parse(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip().replaceFirst("^(a|an)\\s+(?=(dozen|hundred|thousand|million|billion))", "one ");
        if (t.isEmpty()) return Optional.empty();
        double total = 0;
        double group = 0;
        boolean any = false;
        for (String word : t.split("[\\s-]+")) {
            if (word.equals("and")) continue;
            if (word.equals("dozen")) {
                group = (group == 0 ? 1 : group) * 12;
            } else if (UNITS.containsKey(word)) {
                group += UNITS.get(word);
            } else if (TENS.containsKey(word)) {
                group += TENS.get(word);
            } else if (word.equals("hundred")) {
                group = (group == 0 ? 1 : group) * 100;
            } else if (SCALES.containsKey(word)) {
                total += (group == 0 ? 1 : group) * SCALES.get(word);
                group = 0;
            } else {
                return Optional.empty();
            }
            any = true;
        }
        return any ? Optional.of(total + group) : Optional.empty();
    }
}
