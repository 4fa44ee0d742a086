package brief.quiz;

import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question tests and what it shows: the facts behind the rules that one fact is asked once, and that
 * no question shows the answer of another.
 */
public final class Facts {
    /** Words too common to give anything away on their own. */
    static final Set<String> COMMON = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by",
            "with", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these",
            "those", "which", "what", "who", "whom", "whose", "when", "where", "how", "why", "did", "does", "do",
            "has", "have", "had", "not", "no", "s", "he", "she", "they", "his", "her", "their", "them", "we", "our",
            "you", "your", "i", "me", "my", "one", "all", "any", "some", "more", "most", "other", "than", "then",
            "there", "here", "so", "such", "only", "also", "very", "can", "could", "would", "will", "should", "may",
            "about", "into", "after", "before", "between", "over", "under", "said", "says", "say", "according",
            "article", "author", "piece", "choose", "apply", "true", "false", "following", "best", "describes");

    /** A leading article, left out of an answer phrase before it is looked for. */
    static final Pattern ARTICLE = Pattern.compile("^(the|a|an) ");
    /** A normalized phrase of digits only. */
    static final Pattern DIGITS = Pattern.compile("[0-9 ]+");
    /** A plural's last letter. */
    static final Pattern PLURAL = Pattern.compile("s$");
    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})");
    private static final Pattern NON_TOKEN = Pattern.compile("[^a-z0-9.]+");
    private static final Pattern DOTS = Pattern.compile("^\\.+|\\.+$");
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");

    private Facts() {}

    /** The answer as phrases a reader could be shown: empty for true/false, order and match. */
    public static List<String> answers(Question q) {
        return q.accept(new Question.Visitor<>() {
            public List<String> choice(Question.Choice c) {
                return List.of(Explain.textOf(c.options(), c.answer()));
            }

            public List<String> multi(Question.Multi m) {
                return m.answers().stream().map(a -> Explain.textOf(m.options(), a)).toList();
            }

            public List<String> trueFalse(Question.TrueFalse t) {
                return List.of();
            }

            public List<String> cloze(Question.Cloze c) {
                List<String> out = new ArrayList<>(List.of(c.answer()));
                out.addAll(c.accept());
                return out;
            }

            public List<String> numeric(Question.Numeric n) {
                return List.of(Numbers.format(n.answer()));
            }

            public List<String> order(Question.Order o) {
                return List.of();
            }

            public List<String> match(Question.Match m) {
                return List.of();
            }
        });
    }

    /** Everything on screen before the question is answered: prompt, options, items, pairs. */
    public static List<String> before(Question q) {
        List<String> out = new ArrayList<>(List.of(q.stem().prompt()));
        out.addAll(q.accept(new OnParts<List<String>>(List.of()) {
            public List<String> choice(Question.Choice c) {
                return c.options().stream().map(Option::text).toList();
            }

            public List<String> multi(Question.Multi m) {
                return m.options().stream().map(Option::text).toList();
            }

            public List<String> order(Question.Order o) {
                return o.items().stream().map(Item::text).toList();
            }

            public List<String> match(Question.Match m) {
                List<String> pairs = new ArrayList<>();
                for (Pair p : m.pairs()) pairs.add(p.left() + " — " + p.right());
                return pairs;
            }
        }));
        return out;
    }

    /** Everything shown once it is answered or skipped: the right answer, explanation, evidence and feedback. */
    public static List<String> after(Question q) {
        List<String> out = new ArrayList<>(List.of(Explain.rightAnswer(q), q.stem().explain(), q.stem().evidence().passage()));
        q.accept(new OnParts<Void>(null) {
            public Void choice(Question.Choice c) {
                return whys(c.options());
            }

            public Void multi(Question.Multi m) {
                return whys(m.options());
            }

            public Void order(Question.Order o) {
                return null;
            }

            public Void match(Question.Match m) {
                return null;
            }

            private Void whys(List<Option> options) {
                options.stream().filter(o -> o.why() != null).forEach(o -> out.add(o.why()));
                return null;
            }
        });
        return out;
    }

    /** The answer phrase of {@code target} that {@code text} shows, or null when it shows none. */
    public static String shownAnswer(String text, Question target) {
        return Exposure.Target.of(target).shownIn(Exposure.Shown.of(text));
    }

    /** Whether the answer of {@code target} shows anywhere in {@code texts}. */
    public static String shownAnswer(List<String> texts, Question target) {
        Exposure.Target t = Exposure.Target.of(target);
        for (String text : texts) {
            String shown = t.shownIn(Exposure.Shown.of(text));
            if (shown != null) return shown;
        }
        return null;
    }

    /**
     * Two questions test the same fact: one's evidence holds the other's, their answers are the same, or they offer
     * the same statement to judge (as told, or with a detail changed).
     */
    public static boolean sameFact(Question a, Question b) {
        return Exposure.of(a).sameFact(Exposure.of(b));
    }

    /** The statement of {@code a} that {@code b} offers too, as told or with a detail changed; null where none is. */
    public static String sameStatement(Question a, Question b) {
        return Exposure.of(a).sameStatement(Exposure.of(b));
    }

    /** The answer two questions share, or null. */
    public static String sameAnswer(Question a, Question b) {
        for (String x : answers(a)) {
            for (String y : answers(b)) {
                String nx = TextAnswers.normalize(x);
                if (distinctive(nx) && nx.equals(TextAnswers.normalize(y))) return x;
            }
        }
        return null;
    }

    /** A phrase long enough to mean something: a number, or a word of three letters or more that is not common. */
    static boolean distinctive(String normalized) {
        if (normalized.isEmpty()) return false;
        if (DIGITS.matcher(normalized).matches()) return true;
        for (String w : normalized.split(" ")) {
            if (w.length() >= 3 && !COMMON.contains(w)) return true;
        }
        return false;
    }

    /** The content words of a text: lower case, without the common ones. */
    public static Set<String> words(String text) {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String w : TextAnswers.normalize(text).split(" ")) {
            if (w.length() >= 2 && !COMMON.contains(w)) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The numbers a text states, in digits or in words ("nine", "15", "two hundred"). */
    public static List<Double> numbersIn(String text) {
        List<Double> out = new ArrayList<>();
        String[] tokens = NON_TOKEN.split(THOUSANDS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("$1$2"));
        for (String t : tokens) {
            String token = DOTS.matcher(t).replaceAll("");
            if (DECIMAL.matcher(token).matches()) out.add(Double.parseDouble(token));
            else NumberWords.value(token).ifPresent(out::add);
        }
        return out;
    }
}
