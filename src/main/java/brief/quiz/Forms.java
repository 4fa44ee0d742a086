package brief.quiz;

import brief.model.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The form of an option's text: a money amount, a year, a count, a name, a phrase… */
public enum Forms {
    MONEY, PERCENT, YEAR, DURATION, COUNT, NAME, PHRASE;

    private static final Pattern MONEY_TEXT = Pattern.compile(
            "[$€£¥₩]|\\b(dollars?|euros?|pounds?|yen|won|yuan|usd|eur)\\b|\\d\\s*(bn|billion|million|trillion)\\b");
    private static final Pattern PERCENT_TEXT = Pattern.compile("\\d\\s*(%|per ?cent\\b)");
    private static final Pattern YEAR_TEXT = Pattern.compile("^(in |since |by )?(1[5-9]|20)\\d\\ds?$");
    private static final Pattern DURATION_TEXT = Pattern.compile(
            "^(about |around |more than |over |some |nearly |just )?[\\d.,]+\\+? ?(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\\b.{0,20}$");
    private static final Pattern COUNT_TEXT = Pattern.compile("^(about |around |more than |over |some |nearly )?[\\d.,]+\\+?( [a-z]+){0,3}$");
    /** Longer than this, a text with a number in it reads as a phrase, not as an amount. */
    private static final int MAX_AMOUNT_WORDS = 5;
    private static final Set<String> LEADING = Set.of("to", "at", "in", "on", "the", "a", "an", "by", "from", "for", "with");
    private static final Set<String> SMALL = Set.of("of", "the", "and", "de", "da", "van", "von", "s", "for", "in", "on");

    /** The form of a text, as a reader would see it at a glance. */
    public static Forms of(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("’", "'");
        if (t.split("\\s+").length > MAX_AMOUNT_WORDS) return PHRASE;
        if (MONEY_TEXT.matcher(t).find()) return MONEY;
        if (PERCENT_TEXT.matcher(t).find()) return PERCENT;
        if (YEAR_TEXT.matcher(t.replaceAll("[^a-z0-9 ]", "")).matches()) return YEAR;
        if (DURATION_TEXT.matcher(t).find()) return DURATION;
        if (COUNT_TEXT.matcher(t).matches()) return COUNT;
        return name(text) ? NAME : PHRASE;
    }

    /** The one option whose form differs where all the others share one ("2015" among three names), else none. */
    public static List<Option> oddOneOut(List<Option> options) {
        if (options.size() < 3) return List.of();
        Map<Forms, List<Option>> byForm = new HashMap<>();
        for (Option o : options) byForm.computeIfAbsent(of(o.text()), f -> new ArrayList<>()).add(o);
        if (byForm.size() != 2) return List.of();
        return byForm.values().stream().filter(l -> l.size() == 1).findFirst().orElse(List.of());
    }

    /** Every word capitalised but the small ones: "Xi Jinping", "General Administration of Customs". */
    private static boolean name(String text) {
        if (text.contains(",")) return false;
        String[] words = text.strip().replace("'s", "").replace("’s", "").split("[\\s\\-]+");
        int capitalised = 0;
        if (words.length > 1 && LEADING.contains(words[0].toLowerCase(Locale.ROOT))) return false;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (SMALL.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (!Character.isUpperCase(w.codePointAt(0))) return false;
            capitalised++;
        }
        return capitalised > 0;
    }
}
