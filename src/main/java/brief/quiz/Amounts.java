package brief.quiz;

import brief.model.Option;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of options that are all amounts ("36 hours", "about $1.2 million"), and what a reader who never read the
 * article can tell from them alone: the one the others were scaled from, the only round one, the one of another size.
 */
public final class Amounts {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    /** How far a scaled number may stand from the exact multiple, as a share of it: rounding to whole numbers moves it so. */
    private static final double NEAR = 0.025;

    private Amounts() {}

    /** The shares a writer of wrong options scales the right one by: quarters (0.75, 1.25, 1.5), fifths, and so on. */
    public enum Ratios {
        QUARTERS(4), FIFTHS(5), HALVES(2), THIRDS(3), TENTHS(10);

        private final int parts;

        Ratios(int parts) {
            this.parts = parts;
        }

        /** Whether {@code other} is {@code from} times some m/parts (not 1), as written to the last digit of {@code other}. */
        boolean scales(Amount from, Amount other) {
            if (from.value() <= 0 || other.value() == from.value()) return false;
            long m = Math.round(other.value() / from.value() * parts);
            // a wrong option more than twice the right one would be easy to rule out, so writers stay within it
            if (m <= 0 || m == parts || m > 2 * parts) return false;
            double exact = from.value() * m / parts;
            double off = Math.abs(other.value() - exact);
            return off <= 0.5 * other.unit() * 1.01 + 1e-9 && off <= NEAR * other.value();
        }
    }

    /**
     * The first number of a text as written.
     *
     * @param unit   the place of its last digit written (1 for "48", 0.1 for "1.2", 1 for "210,000")
     * @param zeros  its trailing zeros before any decimal point, less the decimals it writes ("210,000" 4, "10.1" -1)
     * @param digits the digits before its decimal point
     */
    public record Amount(double value, double unit, int zeros, int digits) {}

    /** The amount a text gives, or null when it has no number. */
    public static Amount of(String text) {
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) return null;
        String n = m.group().replace(",", "");
        int point = n.indexOf('.');
        String whole = point < 0 ? n : n.substring(0, point);
        int decimals = point < 0 ? 0 : n.length() - point - 1;
        int zeros = 0;
        while (decimals == 0 && zeros < whole.length() - 1 && whole.charAt(whole.length() - 1 - zeros) == '0') zeros++;
        return new Amount(Double.parseDouble(n), Math.pow(10, -decimals), decimals > 0 ? -decimals : zeros,
                whole.replaceFirst("^0+(?=\\d)", "").length());
    }

    /** The options' amounts in their order, or null unless every option is one. */
    public static List<Amount> all(List<Option> options) {
        List<Amount> out = new ArrayList<>();
        for (Option o : options) {
            Amount a = of(o.text());
            if (a == null) return null;
            out.add(a);
        }
        return out;
    }

    /** The one option that at least two of the others are multiples of by these ratios, when only one is; else none. */
    public static List<Option> scaledFrom(List<Option> options, Ratios ratios) {
        List<Amount> amounts = all(options);
        if (amounts == null || options.size() < 3) return List.of();
        int best = 1;
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            int scaled = 0;
            for (int j = 0; j < options.size(); j++) if (j != i && ratios.scales(amounts.get(i), amounts.get(j))) scaled++;
            if (scaled > best) out.clear();
            if (scaled >= best && scaled >= 2) {
                best = scaled;
                out.add(options.get(i));
            }
        }
        return out.size() == 1 ? out : List.of();
    }

    /** The one option every other is a whole multiple of ("12" among 24, 36 and 48), else none. */
    public static List<Option> dividesAll(List<Option> options) {
        return single(options, (amounts, i) -> {
            double v = amounts.get(i).value();
            return v > 1 && amounts.stream().filter(a -> a != amounts.get(i)).allMatch(a -> a.value() / v >= 2 - 1e-9
                    && Math.abs(a.value() / v - Math.rint(a.value() / v)) < 1e-9);
        });
    }

    /** The one option written rounder than every other ("210,000" among "157,500" and "262,500"), else none. */
    public static List<Option> roundest(List<Option> options) {
        return single(options, (amounts, i) -> amounts.get(i).zeros() == amounts.stream().mapToInt(Amount::zeros).max().orElse(0));
    }

    /** The one option with more or fewer digits where all the others have the same number of them ("5" among 74, 84, 94). */
    public static List<Option> oddSize(List<Option> options) {
        return single(options, (amounts, i) -> amounts.stream().mapToInt(Amount::digits).distinct().count() == 2
                && amounts.stream().filter(a -> a.digits() == amounts.get(i).digits()).count() == 1);
    }

    /** The one option of three or more, all amounts, of which this holds; else none. */
    private static List<Option> single(List<Option> options, java.util.function.BiPredicate<List<Amount>, Integer> holds) {
        List<Amount> amounts = all(options);
        if (amounts == null || options.size() < 3) return List.of();
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) if (holds.test(amounts, i)) out.add(options.get(i));
        return out.size() == 1 ? out : List.of();
    }

    /** The options in the middle by number, where a writer who lists amounts in order tends to hide the right one. */
    public static List<Option> middle(List<Option> options) {
        List<Amount> amounts = all(options);
        if (amounts == null || options.size() < 3) return List.of();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) order.add(i);
        order.sort(Comparator.comparingDouble(i -> amounts.get(i).value()));
        int n = options.size();
        List<Option> out = new ArrayList<>();
        for (int k = (n - 1) / 2; k <= n / 2; k++) out.add(options.get(order.get(k)));
        return out;
    }
}
