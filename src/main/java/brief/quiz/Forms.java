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
    /** A statement ending on one of these stops mid-phrase ("… has offered the."). */
    private static final Pattern OPEN_END = Pattern.compile(
            "(?i)\\b(the|a|an|of|to|and|or|but|for|with|in|on|at|by|from|that|than|as|its|their|his|her)[.!?]?$");
    /** "Ann Lee, who has driven the route.": a subject and its relative clause, with nothing said of it. */
    private static final Pattern DANGLING_RELATIVE = Pattern.compile("^[^,]+, (?:who|which|whose|where)\\b[^,]*[.!?]?$");
    /** "The chief executive, Ann Lee, said." or "Lee said.": a speaker with nothing reported. */
    private static final Pattern NOTHING_SAID = Pattern.compile("(?i)(?:,\\s*|^[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3}\\s+)"
            + "(?:said|says|added|adds|told|noted|wrote|explained)[.!?]?$");
    /** "After the vote was taken, most of the drivers.": an opening clause with no main clause after it. */
    private static final Pattern OPENING_CLAUSE = Pattern.compile(
            "(?i)^(?:[^,]*\\s)?(?:after|before|when|while|if|although|though|because|since|until|once|as)\\s[^,]*,([^,]+)$");
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "be", "been", "am", "has", "have", "had", "do",
            "does", "did", "will", "would", "can", "could", "may", "might", "must", "shall", "should", "said", "began", "went",
            "got", "made", "took", "gave", "found", "told", "rose", "fell", "grew", "won", "lost", "met", "kept", "left", "held",
            "ran", "saw", "came", "became", "paid", "sold", "spent", "built", "cut", "set", "put", "hit", "led", "brought",
            "thought", "felt", "stood", "wrote", "drove", "spoke", "chose", "broke", "knew", "sent", "fought", "bought", "heard",
            "meant", "drew", "flew", "threw", "shut", "struck", "fled", "beat", "cost", "hurt", "spread", "let", "read");
    private static final Set<String> SUBJECTS = Set.of("i", "we", "you", "they", "he", "she", "it", "who", "that", "which");

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

    /**
     * Whether a statement offered as true or false is not a whole sentence: it starts in lower case, stops on a word
     * that needs another, has a subject and no predicate, a speaker with nothing said, or no verb at all.
     */
    public static boolean fragment(String statement) {
        String t = statement.strip();
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)) && !Character.isDigit(t.codePointAt(0))
                && "\"“‘'".indexOf(t.charAt(0)) < 0) {
            return true;
        }
        // a dot between items marks a page's furniture ("Published 4 May · Sports desk"), never a reported sentence
        if (t.indexOf('·') >= 0) return true;
        if (!pairedMarks(t)) return true;
        if (OPEN_END.matcher(t).find() || DANGLING_RELATIVE.matcher(t).matches() || NOTHING_SAID.matcher(t).find()) return true;
        java.util.regex.Matcher opening = OPENING_CLAUSE.matcher(t);
        if (opening.matches() && !hasVerb(opening.group(1))) return true;
        return t.split("\\s+").length >= 3 && !hasVerb(t);
    }

    /** Whether a text's quotation marks pair up: none opened that it does not close, none closed it did not open. */
    public static boolean pairedMarks(String text) {
        int straight = 0;
        int opening = 0;
        int closing = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') straight++;
            else if (c == '\u201C') opening++;
            else if (c == '\u201D') closing++;
        }
        return straight % 2 == 0 && opening == closing;
    }

    /** A word that reads as a verb: a form of "be", "have" or a modal, a common past tense, "-ed", "-s" after a subject. */
    private static boolean hasVerb(String text) {
        String[] w = text.strip().replace("’", "'").split("[^\\p{L}'\\d%]+");
        for (int i = 0; i < w.length; i++) {
            String lower = w[i].toLowerCase(Locale.ROOT);
            if (lower.isEmpty()) continue;
            if (VERBS.contains(lower.replaceAll("n't$", "")) || lower.matches("[a-z]{3,}ed|\\p{L}+'(s|re|ve|ll|d)")) return true;
            if (i == 0 || w[i - 1].isEmpty()) continue;
            String before = w[i - 1];
            boolean subject = SUBJECTS.contains(before.toLowerCase(Locale.ROOT)) || Character.isUpperCase(before.codePointAt(0)) && i > 1
                    || before.matches("(?i)\\p{L}+(er|or|ion|ity|ment|ee|ist|ent|ant)")
                    || i > 1 && w[i - 2].toLowerCase(Locale.ROOT).matches("the|a|an|this|its|their|our|his|her");
            if (subject && w[i].matches("[a-z]{2,}") && (lower.matches("[a-z]+[^su]s") || SUBJECTS.contains(before.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
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
