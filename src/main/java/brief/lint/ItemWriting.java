package brief.lint;

import brief.model.Briefing;
import brief.model.Option;
import brief.model.Question;
import brief.quiz.DerivedQuestions;
import brief.quiz.Facts;
import brief.quiz.Forms;
import brief.quiz.Numbers;
import brief.quiz.QuizPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a briefing's questions, authored and derived, against the item-writing rules of {@link Rule}. Pure:
 * a briefing in, findings out, so that a command, a test or a draft can call it alike.
 */
public final class ItemWriting {
    /** The right option is "clearly" longest when it is this much longer than the longest wrong one, and … */
    private static final double LONGER = 1.2;
    /** … at least this many characters longer. */
    private static final int LONGER_BY = 4;
    private static final Pattern ALL_OR_NONE = Pattern.compile(
            "\\b(all|none|both|neither) of (the )?(above|these|the options|them)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile("\\b(not|except|never|least)\\b", Pattern.CASE_INSENSITIVE);
    /** A list of names in a prompt ("Samjinfood, Farmstaff and PharmaResearch"): counting it answers "how many". */
    private static final Pattern NAME_LIST = Pattern.compile(
            "\\p{Lu}[\\p{L}\\-]*(?:, \\p{Lu}[\\p{L}\\-]*)*,? and \\p{Lu}[\\p{L}\\-]*");

    private ItemWriting() {}

    /** Every rule every question of the briefing (authored and derived) breaks, in the order of the questions. */
    public static List<Finding> check(Briefing b) {
        return check(b, QuizPlan.allQuestions(b));
    }

    /** Every rule the given questions of the briefing break, alone and against each other. */
    public static List<Finding> check(Briefing b, List<Question> questions) {
        List<Finding> out = new ArrayList<>();
        for (Question q : questions) single(b, q, out);
        for (int i = 0; i < questions.size(); i++) {
            for (int j = 0; j < questions.size(); j++) {
                if (i != j) pair(questions.get(i), questions.get(j), j < i, out);
            }
        }
        sameHints(questions, out);
        return out;
    }

    private static void single(Briefing b, Question q, List<Finding> out) {
        List<Option> options = options(q);
        List<String> answers = rightIds(q);
        if (!options.isEmpty()) {
            longest(q, options, answers, out);
            mixedForm(q, options, answers, out);
            for (Option o : options) {
                if (ALL_OR_NONE.matcher(o.text()).find()) {
                    out.add(finding(Rule.ALL_OR_NONE, q, "options", "option " + o.id() + " is “" + o.text()
                            + "”: it can be worked out from the other options"));
                }
            }
            negative(q, out);
        }
        String inPrompt = promptGivesAnswer(q, options, answers);
        if (inPrompt != null) {
            out.add(finding(Rule.PROMPT_HAS_ANSWER, q, "prompt", "the prompt holds the answer: " + inPrompt));
        }
        String title = b.card(q.card()).map(c -> c.title()).orElse("");
        String inTitle = textGivesAnswer(title, q, options, answers);
        if (inTitle != null) {
            out.add(finding(Rule.TITLE_HAS_ANSWER, q, "card", "the title of card " + q.card() + ", “" + title
                    + "”, holds the answer: " + inTitle));
        }
        String hint = q.stem().hint();
        if (hint != null && (Facts.shownAnswer(hint, q) != null || numberNear(hint, q))) {
            out.add(finding(Rule.HINT_HAS_ANSWER, q, "hint", "the hint “" + hint + "” states the answer"));
        }
    }

    private static void longest(Question q, List<Option> options, List<String> answers, List<Finding> out) {
        double right = options.stream().filter(o -> answers.contains(o.id())).mapToInt(o -> length(o.text())).average().orElse(0);
        List<Option> wrong = options.stream().filter(o -> !answers.contains(o.id())).toList();
        if (wrong.isEmpty()) return;
        double others = answers.size() == 1 ? wrong.stream().mapToInt(o -> length(o.text())).max().orElse(0)
                : wrong.stream().mapToInt(o -> length(o.text())).average().orElse(0);
        if (right >= others * LONGER && right - others >= LONGER_BY) {
            out.add(finding(Rule.LONGEST_RIGHT, q, "options", String.format(Locale.ROOT,
                    answers.size() == 1 ? "the right option is the longest: %.0f characters against at most %.0f"
                            : "the right options are the longest: %.0f characters on average against %.0f",
                    right, others)));
        }
    }

    private static void mixedForm(Question q, List<Option> options, List<String> answers, List<Finding> out) {
        List<Option> single = Forms.oddOneOut(options);
        if (single.isEmpty()) return;
        Option odd = single.get(0);
        Forms form = Forms.of(odd.text());
        Forms rest = options.stream().map(o -> Forms.of(o.text())).filter(f -> f != form).findFirst().orElseThrow();
        out.add(finding(Rule.MIXED_FORM, q, "options", "option " + odd.id() + ", “" + odd.text() + "”, is "
                + word(form) + " among " + plural(rest) + (answers.contains(odd.id()) ? ", and it is the right one" : "")));
    }

    private static void negative(Question q, List<Finding> out) {
        Matcher m = NEGATIVE.matcher(q.stem().prompt());
        while (m.find()) {
            String word = m.group();
            if (!word.equals(word.toUpperCase(Locale.ROOT))) {
                out.add(finding(Rule.NEGATIVE_STEM, q, "prompt", "the prompt asks in the negative (“" + word
                        + "”) without setting it in capitals"));
                return;
            }
        }
    }

    /** The answer or its distinctive words, where the prompt holds them; null when it does not. */
    private static String promptGivesAnswer(Question q, List<Option> options, List<String> answers) {
        String prompt = q.stem().prompt().replace(Question.Cloze.GAP, " ");
        String found = textGivesAnswer(prompt, q, options, answers);
        if (found != null) return found;
        double count = countAnswer(q, options, answers);
        if (count >= 2 && count == Math.rint(count)) {
            Matcher m = NAME_LIST.matcher(prompt);
            while (m.find()) {
                if (m.group().split(",| and ").length == (int) count) return "it lists the " + (int) count + " it counts";
            }
        }
        return null;
    }

    /** The number a question is answered with, or NaN. */
    private static double countAnswer(Question q, List<Option> options, List<String> answers) {
        if (q instanceof Question.Numeric n) return n.answer();
        if (answers.size() != 1) return Double.NaN;
        String right = options.stream().filter(o -> o.id().equals(answers.get(0))).map(Option::text).findFirst().orElse("");
        return Numbers.read(right).map(Numbers.Reading::value).orElse(Double.NaN);
    }

    /** Words of the right answer found in {@code text} that no wrong option has; null when none. */
    private static String textGivesAnswer(String text, Question q, List<Option> options, List<String> answers) {
        if (q instanceof Question.TrueFalse || q instanceof Question.Order || q instanceof Question.Match) return null;
        Set<String> said = Facts.words(text);
        if (options.isEmpty()) {
            String shown = Facts.shownAnswer(text, q);
            if (shown != null) return "“" + shown + "”";
            return null;
        }
        Set<String> wrongWords = new java.util.HashSet<>();
        options.stream().filter(o -> !answers.contains(o.id())).forEach(o -> wrongWords.addAll(Facts.words(o.text())));
        List<String> shared = new ArrayList<>();
        for (Option o : options) {
            if (!answers.contains(o.id())) continue;
            for (String w : Facts.words(o.text())) {
                if (!wrongWords.contains(w) && said.contains(w) && !shared.contains(w) && w.length() >= 3) shared.add(w);
            }
        }
        if (shared.isEmpty()) {
            double number = countAnswer(q, options, answers);
            if (!Double.isNaN(number) && Facts.numbersIn(text).contains(number)) return "“" + Numbers.format(number) + "”";
            return null;
        }
        return "“" + String.join("”, “", shared) + "”";
    }

    /** A number in the hint within a tenth of a numeric question's answer. */
    private static boolean numberNear(String hint, Question q) {
        if (!(q instanceof Question.Numeric n)) return false;
        double allowed = Math.max(n.tolerance(), Math.abs(n.answer()) * 0.1);
        return Facts.numbersIn(hint).stream().anyMatch(v -> Math.abs(v - n.answer()) <= allowed);
    }

    /** Rules between two questions; {@code later} says {@code other} comes first in the file. */
    private static void pair(Question q, Question other, boolean otherFirst, List<Finding> out) {
        if (otherFirst && Facts.sameFact(other, q)) {
            String answer = Facts.sameAnswer(other, q);
            String statement = answer == null ? Facts.sameStatement(q, other) : null;
            out.add(finding(Rule.SAME_FACT, q, "evidence", "tests the same fact as " + other.id()
                    + (answer != null ? " (both are answered “" + answer + "”)"
                    : statement != null ? " (both offer “" + statement + "” to judge, as it is or changed)" : " (the same evidence)")));
        }
        if (Facts.sameFact(other, q)) return;
        String key = null;
        String shown = Facts.shownAnswer(Facts.before(q), other);
        if (shown != null) key = Facts.shownAnswer(q.stem().prompt(), other) != null ? "prompt" : "options";
        if (shown == null) shown = Facts.shownAnswer(explanations(q), other);
        if (shown != null && key == null) key = "explain";
        if (shown != null) {
            out.add(finding(Rule.GIVES_AWAY, q, key, "its " + (key.equals("explain") ? "explanation or feedback" : key)
                    + " show" + (key.equals("options") ? "" : "s") + " the answer of " + other.id() + ": “" + shown + "”"));
        }
    }

    private static List<String> explanations(Question q) {
        List<String> out = new ArrayList<>(List.of(q.stem().explain()));
        if (q.stem().hint() != null) out.add(q.stem().hint());
        options(q).stream().filter(o -> o.why() != null).forEach(o -> out.add(o.why()));
        return out;
    }

    private static void sameHints(List<Question> questions, List<Finding> out) {
        Map<String, Question> first = new HashMap<>();
        for (Question q : questions) {
            if (q.stem().hint() == null) continue;
            String key = q.type() + "|" + brief.quiz.TextAnswers.normalize(q.stem().hint());
            Question before = first.putIfAbsent(key, q);
            if (before != null) {
                out.add(finding(Rule.SAME_HINT, q, "hint", "the same hint as " + before.id()
                        + ", another " + q.type().word() + " question: it does not help with this one"));
            }
        }
    }

    private static List<Option> options(Question q) {
        if (q instanceof Question.Choice c) return c.options();
        if (q instanceof Question.Multi m) return m.options();
        return List.of();
    }

    private static List<String> rightIds(Question q) {
        if (q instanceof Question.Choice c) return List.of(c.answer());
        if (q instanceof Question.Multi m) return m.answers();
        return List.of();
    }

    private static int length(String text) {
        return text.strip().codePointCount(0, text.strip().length());
    }

    private static String plural(Forms form) {
        return switch (form) {
            case MONEY -> "money amounts";
            case PERCENT -> "percentages";
            case YEAR -> "years";
            case DURATION -> "durations";
            case COUNT -> "counts";
            case NAME -> "names";
            case PHRASE -> "phrases";
        };
    }

    private static String word(Forms form) {
        return switch (form) {
            case MONEY -> "a money amount";
            case PERCENT -> "a percentage";
            case YEAR -> "a year";
            case DURATION -> "a duration";
            case COUNT -> "a count";
            case NAME -> "a name";
            case PHRASE -> "a phrase";
        };
    }

    /** Where a question's problem is reported: the item it is written in, or that a derived one is made from. */
    private static Finding finding(Rule rule, Question q, String key, String message) {
        DerivedQuestions.Source source = DerivedQuestions.source(q);
        if (source != null) return new Finding(rule, q.id(), source.section(), source.item(), null, message);
        return new Finding(rule, q.id(), "questions", q.id(), key, message);
    }
}
