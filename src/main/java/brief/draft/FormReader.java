package brief.draft;

import brief.model.Option;
import brief.model.Question;
import brief.quiz.Amounts;
import brief.quiz.Facts;
import brief.quiz.Forms;
import brief.quiz.Grading;
import brief.quiz.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * A reader who has not read the article and answers from the form of a question: the option of odd form; among
 * amounts the one the others are all multiples of or are scaled from, the only round one, the only one of its size,
 * else a middle one; the one echoing the prompt, the longest; a broken sentence is false, "never" makes a statement
 * false, "may" true, and anything else is taken as true. A draft's questions are chosen so that this reader scores what a blind guess
 * would, neither more (a give-away) nor less (a give-away in reverse).
 */
final class FormReader {
    private static final Pattern ABSOLUTE = Pattern.compile(
            "(?i)\\b(always|never|only|all|none|every|entirely|completely|no one|nothing|first|must)\\b");
    private static final Pattern HEDGED = Pattern.compile(
            "(?i)\\b(some|may|might|often|usually|sometimes|generally|can|could|partly)\\b");

    private FormReader() {}

    /** What reading the form earns on this question beyond a blind guess: from -1 to 1, 0 where form says nothing. */
    static double lean(Question q) {
        if (q instanceof Question.Choice c) return choice(c);
        if (q instanceof Question.Multi m) return multi(m);
        if (q instanceof Question.TrueFalse t) return trueFalse(t);
        return 0;
    }

    private static double choice(Question.Choice q) {
        List<Option> options = q.options();
        List<Option> pick = Forms.oddOneOut(options);
        boolean amounts = Amounts.all(options) != null;
        if (pick.size() != 1 && amounts) pick = amounts(options);
        if (pick.size() != 1 && !amounts) pick = most(options, o -> Facts.words(o.text()).stream().filter(Facts.words(q.stem().prompt())::contains).count());
        if (pick.size() != 1 && !amounts) pick = most(options, o -> o.text().length());
        double right = pick.stream().filter(o -> o.id().equals(q.answer())).count();
        return right / pick.size() - 1.0 / options.size();
    }

    /** The amount told by its numbers, by whichever share the others are scaled by; else the middle ones. */
    private static List<Option> amounts(List<Option> options) {
        if (!Amounts.dividesAll(options).isEmpty()) return Amounts.dividesAll(options);
        for (Amounts.Ratios r : Amounts.Ratios.values()) {
            List<Option> scaled = Amounts.scaledFrom(options, r);
            if (!scaled.isEmpty()) return scaled;
        }
        List<Option> pick = Amounts.roundest(options);
        if (pick.isEmpty()) pick = Amounts.oddSize(options);
        return pick.isEmpty() ? Amounts.middle(options) : pick;
    }

    private static double multi(Question.Multi q) {
        double mean = q.options().stream().mapToInt(o -> o.text().length()).average().orElse(0);
        Set<String> prompt = Facts.words(q.stem().prompt());
        List<String> picks = new ArrayList<>();
        for (Option o : q.options()) {
            if (Forms.fragment(o.text())) continue;
            if (o.text().length() > mean || Facts.words(o.text()).stream().anyMatch(prompt::contains)) picks.add(o.id());
        }
        if (picks.isEmpty() || picks.size() == q.options().size()) return 0;
        int n = q.options().size();
        double all = 0;
        for (int mask = 0; mask < 1 << n; mask++) {
            List<String> guess = new ArrayList<>();
            for (int i = 0; i < n; i++) if ((mask & 1 << i) != 0) guess.add(q.options().get(i).id());
            all += credit(q, guess);
        }
        return credit(q, picks) - all / (1 << n);
    }

    private static double credit(Question q, List<String> picks) {
        return Grading.grade(q, new Response.Picks(picks)).credit();
    }

    private static double trueFalse(Question.TrueFalse q) {
        boolean says = !Forms.fragment(q.stem().prompt().replaceFirst("^True or false: ", ""));
        if (says) {
            boolean absolute = ABSOLUTE.matcher(q.stem().prompt()).find();
            boolean hedged = HEDGED.matcher(q.stem().prompt()).find();
            says = absolute == hedged || hedged;
        }
        return says == q.answer() ? 0.5 : -0.5;
    }

    private static List<Option> most(List<Option> options, ToDoubleFunction<Option> measure) {
        double best = options.stream().mapToDouble(measure).max().orElse(0);
        if (best <= 0) return options;
        return options.stream().filter(o -> measure.applyAsDouble(o) == best).toList();
    }
}
