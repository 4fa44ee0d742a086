package brief.quiz;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads numbers as people type them: "299", "299bn", "$299 billion", "299,000,000,000", "12%", "nine", "a dozen". */
public final class Numbers {
    private static final Map<String, Double> SCALES = Map.ofEntries(
            Map.entry("k", 1e3), Map.entry("thousand", 1e3),
            Map.entry("m", 1e6), Map.entry("mn", 1e6), Map.entry("mln", 1e6), Map.entry("million", 1e6),
            Map.entry("b", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9), Map.entry("billion", 1e9),
            Map.entry("t", 1e12), Map.entry("tn", 1e12), Map.entry("trillion", 1e12));
    private static final Pattern NUMBER = Pattern.compile(
            "^([-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:e[-+]?\\d+)?)\\s*([a-z]+)?(.*)$");
    private static final Pattern LEADING = Pattern.compile(
            "^(?:about|around|approximately|approx\\.?|roughly|nearly|almost|some|over|~|≈|us\\$|usd|\\$|€|£|¥|₩|\\s)+");
    private static final Pattern SCALE_WORD = Pattern.compile("\\b(thousand|million|billion|trillion|bn|mn|tn)\\b");

    private Numbers() {}

    /** A number read from text: its value, and whether the text said its scale ("bn", "million"). */
    public record Reading(double value, boolean scaled) {}

    public static Optional<Reading> read(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('\u2212', '-');
        t = LEADING.matcher(t).replaceFirst("");
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            boolean scaled = SCALE_WORD.matcher(t).find();
            return NumberWords.parse(t).map(v -> new Reading(v, scaled));
        }
        double value;
        try {
            value = Double.parseDouble(m.group(1).replace(",", ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String word = m.group(2);
        String rest = m.group(3);
        if (rest.chars().anyMatch(Character::isDigit)) return Optional.empty();
        if (word != null && SCALES.containsKey(word)) {
            return Optional.of(new Reading(value * SCALES.get(word), true));
        }
        return Double.isFinite(value) ? Optional.of(new Reading(value, false)) : Optional.empty();
    }

    /** The scale a unit names, e.g. 1e9 for "billion US dollars"; 1 when it names none. */
    public static double scaleOf(String unit) {
        if (unit == null) return 1;
        Matcher m = SCALE_WORD.matcher(unit.toLowerCase(Locale.ROOT));
        return m.find() ? SCALES.get(m.group(1)) : 1;
    }

    /** Whether a typed reading is the answer: a number without a scale may be in the unit's scale or absolute. */
    public static boolean matches(Reading typed, double answer, double tolerance, String unit) {
        double scale = scaleOf(unit);
        double expected = answer * scale;
        double allowed = tolerance * scale + Math.abs(expected) * 1e-9;
        if (typed.scaled()) return Math.abs(typed.value() - expected) <= allowed;
        return Math.abs(typed.value() * scale - expected) <= allowed || Math.abs(typed.value() - expected) <= allowed;
    }

    /** A number as a reader would write it: no trailing ".0". */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return String.format(Locale.ROOT, "%d", (long) value);
        return String.format(Locale.ROOT, "%s", value);
    }
}
