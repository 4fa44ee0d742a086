package brief.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wrong values for a "which number" question, of the same kind as the right one: neighbouring years, scaled
 * amounts, nearby counts. The right value's place among them follows from a seed, so it is not always the middle.
 */
final class Distractors {
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    private Distractors() {}

    /**
     * Up to {@code wanted} values like {@code value} in form but with other numbers, none of them in {@code taken}
     * (numbers the briefing states, which might be true for the label somewhere); empty when none can be made.
     */
    static List<String> of(String value, int wanted, long seed, List<Double> taken) {
        Matcher m = NUMBER.matcher(value);
        if (!m.find()) return List.of();
        String digits = m.group();
        double n = Double.parseDouble(digits.replace(",", ""));
        if (n <= 0) return List.of();
        Forms form = Forms.of(value);
        int rank = (int) Math.floorMod(seed, wanted + 1);
        List<String> below = new ArrayList<>();
        List<String> above = new ArrayList<>();
        for (int k = 1; k <= 3 * wanted && (below.size() < wanted || above.size() < wanted); k++) {
            add(below, value, m, digits, step(form, n, -k), n, taken, form);
            add(above, value, m, digits, step(form, n, k), n, taken, form);
        }
        List<String> out = new ArrayList<>();
        int fromBelow = Math.min(rank, below.size());
        int fromAbove = Math.min(wanted - fromBelow, above.size());
        fromBelow = Math.min(wanted - fromAbove, below.size());
        out.addAll(below.subList(0, fromBelow));
        out.addAll(above.subList(0, fromAbove));
        return out;
    }

    /** Adds a candidate written like the right value, with as many characters, when it is fair. */
    private static void add(List<String> to, String value, Matcher m, String digits, double c, double n,
                            List<Double> taken, Forms form) {
        if (c <= 0 || c == n || taken.contains(c)) return;
        if (form == Forms.YEAR && (c < 1000 || c > 2100)) return;
        String written = write(c, digits);
        if (written.length() != digits.length()) return;
        String text = value.substring(0, m.start()) + written + value.substring(m.end());
        if (!to.contains(text)) to.add(text);
    }

    /** The value {@code k} steps from {@code n}: years one or two apart, amounts scaled by a quarter, counts nearby. */
    private static double step(Forms form, double n, int k) {
        switch (form) {
            case YEAR:
                return n + 2 * k;
            case MONEY:
            case PERCENT:
                return roundLike(n * Math.pow(1.25, k), n);
            default:
                double size = Math.max(1, Math.round(n * 0.25));
                return n + size * k;
        }
    }

    /** A scaled value rounded to as many significant digits as the original shows. */
    private static double roundLike(double value, double original) {
        if (original == Math.rint(original)) return Math.max(1, Math.round(value));
        return Math.round(value * 10) / 10.0;
    }

    private static String write(double value, String like) {
        boolean grouped = like.contains(",");
        int decimals = like.contains(".") ? like.length() - like.indexOf('.') - 1 : 0;
        if (decimals == 0) return String.format(Locale.ROOT, grouped ? "%,d" : "%d", Math.round(value));
        return String.format(Locale.ROOT, grouped ? "%,." + decimals + "f" : "%." + decimals + "f", value);
    }
}
