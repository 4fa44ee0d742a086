package brief.draft;

import brief.model.Briefing;
import brief.model.Figure;
import brief.model.Option;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Quote;
import brief.quiz.Amounts;
import brief.quiz.Forms;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The drafted questions answered by picking options (choice and multi): the wrong options are the article's own
 * names and numbers of the same kind, in versions that the draft chooses between so that form tells nothing.
 */
final class Choices {
    /** A statement offered among others is at most this long, so that options of a "choose all" read alike. */
    private static final int LONGEST_STATEMENT = 14;
    /** Sets of four statements offered: the draft keeps the first that asks nothing another question asks. */
    private static final int SETS = 3;
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
    /** Steps between wrong numbers, as shares of the right one: none a quarter, fifth, third or tenth, which would tell. */
    /** Versions of a figure's question at most: one for each rank among four options. */
    private static final int RANKS = 4;
    private static final double[] STEPS = {0.15, 0.35, 0.3, 0.45, 0.13, 0.4, 0.17, 0.55, 0.07, 0.11, 0.19, 0.37};

    private Choices() {}

    /** Who is described by a role, the other people named as the wrong options. */
    static void choice(Briefing b, Function<String, String> cardOf, Ids ids, List<Question> out) {
        List<Person> roled = b.people().stream().filter(p -> !p.role().equals(Questions.UNNAMED)).toList();
        int made = 0;
        for (Person p : roled) {
            if (made >= 4 || b.people().size() < 3) break;
            boolean shared = b.people().stream().anyMatch(o -> !o.equals(p) && o.role().equalsIgnoreCase(p.role()));
            if (shared || p.role().contains(p.name()) || Names.TITLES.contains(p.role().toLowerCase(Locale.ROOT))) continue;
            for (List<Person> others : others(b, p, 3)) {
                List<Option> options = new ArrayList<>();
                options.add(new Option("a", p.name(), null));
                for (Person other : others) {
                    options.add(new Option(String.valueOf((char) ('a' + options.size())), other.name(),
                            other.role().equals(Questions.UNNAMED) ? null : other.name() + ": " + other.role() + "."));
                }
                out.add(new Question.Choice(Questions.stem(ids, "choice", "Who does the article describe as “" + p.role() + "”?",
                        nameless(b, options, cardOf.apply(p.evidence().passage())), 1, p.name() + ": " + p.role() + ".",
                        p.evidence().passage()),
                        rotate(options, made + p.name().length()), "a"));
            }
            made++;
        }
    }

    /**
     * Which figure the article gives for a label. The wrong options are the article's other figures of the same kind
     * and unit and of like size, written as the right one is ("about …", as many decimals); where there are too few,
     * numbers a step apart from the right one, the step no simple share of any of them. Of the sets, only those
     * where no option stands out by its numbers alone: none the others are a quarter or a fifth more or less than,
     * none the only round one, none the only one of its size.
     */
    static void figureChoice(List<Figure> asked, List<Figures.Found> found, Function<String, String> cardOf,
                             Ids ids, List<Question> out) {
        for (int i = 0; i < found.size() && i < asked.size(); i++) {
            Figure f = asked.get(i);
            Figures.Found ff = found.get(i);
            Amounts.Amount key = Amounts.of(f.value());
            if (ff.kind() == Figures.Kind.SCORE || key == null || f.label().equals(f.evidence().passage())) continue;
            List<String> article = new ArrayList<>();
            for (int j = 0; j < found.size() && j < asked.size(); j++) {
                Amounts.Amount other = Amounts.of(asked.get(j).value());
                if (j == i || other == null || found.get(j).kind() != ff.kind() || !Objects.equals(found.get(j).unit(), ff.unit())
                        || other.value() < key.value() / 3 || other.value() > key.value() * 3) {
                    continue;
                }
                String v = written(f.value(), key, other.value());
                if (v != null && !v.equals(f.value()) && !article.contains(v)) article.add(v);
            }
            boolean percent = ff.kind() == Figures.Kind.PERCENT;
            List<List<String>> sets = new ArrayList<>();
            if (article.size() >= 3) sets.add(article.subList(0, 3));
            // the right one in turn lower and higher among the numbers a step from it
            for (int below : new int[] {(i + 1) % 4, (i + 3) % 4, i % 4, (i + 2) % 4}) {
                List<String> wrong = stepped(f.value(), key, article.subList(0, Math.min(article.size(), 1 + i % 2)), below, percent);
                if (wrong != null && !sets.contains(wrong)) sets.add(wrong);
            }
            int made = 0;
            for (List<String> wrong : sets) {
                // a version for each rank the right number can take, so that the draft can put it at every rank in turn
                if (made >= RANKS) break;
                List<Option> options = withRight(f.value(), wrong);
                if (stands(options)) continue;
                out.add(new Question.Choice(Questions.stem(ids, "choice", "Which figure does the article give for “" + f.label() + "”?",
                        cardOf.apply(f.evidence().passage()), 1, f.value() + ": " + f.label() + ".", f.evidence().passage()),
                        byNumber(options), "a"));
                made++;
            }
        }
    }

    /** Whether one option stands out by form or by its number alone, whichever it is. */
    static boolean stands(List<Option> options) {
        if (!Forms.oddOneOut(options).isEmpty() || !Amounts.dividesAll(options).isEmpty() || !Amounts.roundest(options).isEmpty()
                || !Amounts.oddSize(options).isEmpty()) {
            return true;
        }
        for (Amounts.Ratios r : Amounts.Ratios.values()) if (!Amounts.scaledFrom(options, r).isEmpty()) return true;
        return false;
    }

    /**
     * Three wrong numbers: the article's figures given, then numbers a step apart from the right one, {@code below}
     * of all three lower than it where they can be; null where no step gives a set in which none stands out.
     */
    static List<String> stepped(String value, Amounts.Amount key, List<String> article, int below, boolean percent) {
        double unit = key.zeros() > 0 ? Math.pow(10, key.zeros()) : key.unit();
        long k = Math.round(key.value() / unit);
        // numbers as long as the right one first; never longer, which would leave its unit ("1177 million")
        for (int pass = 0; pass < 2; pass++) {
            List<String> wrong = stepped(value, key, article, below, percent, unit, k, pass == 0);
            if (wrong != null) return wrong;
        }
        return null;
    }

    private static List<String> stepped(String value, Amounts.Amount key, List<String> article, int below, boolean percent,
                                        double unit, long k, boolean sameSize) {
        for (double share : STEPS) {
            long step = Math.max(1, Math.round(k * share));
            List<String> lower = new ArrayList<>();
            List<String> higher = new ArrayList<>();
            // a number rounder than the right one is passed over: it would stand out as the only round one
            for (int n = 1; n <= 5; n++) {
                String down = written(value, key, (k - n * step) * unit);
                String up = percent && (k + n * step) * unit > 100 ? null : written(value, key, (k + n * step) * unit);
                if (down != null && k - n * step > 0 && !article.contains(down) && fits(down, key, sameSize) && lower.size() < 3) {
                    lower.add(down);
                }
                if (up != null && !article.contains(up) && Amounts.of(up).digits() <= key.digits() && fits(up, key, sameSize)
                        && higher.size() < 3) {
                    higher.add(up);
                }
            }
            List<String> wrong = new ArrayList<>(article);
            long lowerWanted = Math.max(0, below - article.stream().filter(v -> number(v) < key.value()).count());
            if (lower.size() < Math.min(lowerWanted, 3 - article.size())) continue;
            for (int n = 0; n < lowerWanted && n < lower.size() && wrong.size() < 3; n++) wrong.add(lower.get(n));
            for (int n = 0; n < higher.size() && wrong.size() < 3; n++) wrong.add(higher.get(n));
            for (int n = 0; n < lower.size() && wrong.size() < 3; n++) if (!wrong.contains(lower.get(n))) wrong.add(lower.get(n));
            if (wrong.size() < 3) continue;
            if (!stands(withRight(value, wrong))) return wrong;
        }
        return null;
    }

    /** The right option, "a", before the wrong ones. */
    private static List<Option> withRight(String right, List<String> wrong) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("a", right, null));
        for (String v : wrong) options.add(new Option(String.valueOf((char) ('a' + options.size())), v, null));
        return options;
    }

    private static boolean fits(String text, Amounts.Amount key, boolean sameSize) {
        Amounts.Amount a = Amounts.of(text);
        return a.zeros() <= key.zeros() && (!sameSize || a.digits() == key.digits());
    }

    private static double number(String text) {
        return Amounts.of(text).value();
    }

    /** The figure's text with another number in its place, written to the same decimals; null where it cannot be. */
    private static String written(String value, Amounts.Amount key, double n) {
        java.util.regex.Matcher m = DIGITS.matcher(value);
        if (!m.find() || n <= 0) return null;
        int decimals = key.zeros() < 0 ? -key.zeros() : 0;
        double scaled = n * Math.pow(10, decimals);
        if (Math.abs(scaled - Math.rint(scaled)) > 1e-6) return null;
        String written = decimals > 0 ? String.format(Locale.ROOT, "%." + decimals + "f", n)
                : m.group().contains(",") || n >= 10000 ? String.format(Locale.ROOT, "%,d", Math.round(n)) : Long.toString(Math.round(n));
        return value.substring(0, m.start()) + written + value.substring(m.end());
    }

    /** The options in the order of their numbers, as a reader would list amounts. */
    private static List<Option> byNumber(List<Option> options) {
        List<Option> out = new ArrayList<>(options);
        out.sort(java.util.Comparator.comparingDouble(o -> number(o.text())));
        return out;
    }

    /** Who said a quotation, the other people named as the wrong options. */
    static void speakerChoice(Briefing b, Function<String, String> cardOf, Ids ids, List<Question> out) {
        if (b.people().size() < 3) return;
        int made = 0;
        for (Quote q : b.quotes()) {
            Person speaker = b.person(q.speaker()).orElse(null);
            if (speaker == null || made >= 3) continue;
            for (List<Person> others : others(b, speaker, 3)) {
                List<Option> options = new ArrayList<>();
                options.add(new Option("a", speaker.name(), null));
                for (Person other : others) options.add(new Option(String.valueOf((char) ('a' + options.size())), other.name(), null));
                out.add(new Question.Choice(Questions.stem(ids, "choice", "Who does the article quote as saying “" + q.text() + "”?",
                        nameless(b, options, cardOf.apply(q.text())), 1, speaker.name() + " said it.", q.text()), rotate(options, made + 2), "a"));
            }
            made++;
        }
    }

    /**
     * The other people to offer beside one, in two versions: the names nearest its length with one at least as long,
     * and the names nearest its length that are no longer. The draft takes whichever keeps length from telling.
     */
    private static List<List<Person>> others(Briefing b, Person p, int n) {
        int length = p.name().length();
        List<Person> rest = new ArrayList<>(b.people().stream().filter(o -> !o.equals(p)).toList());
        rest.sort(java.util.Comparator.comparingInt(o -> Math.abs(o.name().length() - length)));
        List<Person> longer = new ArrayList<>();
        rest.stream().filter(o -> o.name().length() >= length).findFirst().ifPresent(longer::add);
        for (Person o : rest) if (longer.size() < n && !longer.contains(o)) longer.add(o);
        List<Person> shorter = rest.stream().filter(o -> o.name().length() <= length).limit(n).toList();
        List<List<Person>> out = new ArrayList<>();
        if (longer.size() >= 2 && longer.get(0).name().length() >= length) out.add(longer);
        if (shorter.size() >= 2 && !shorter.equals(longer)) out.add(shorter);
        return out;
    }

    private static List<Option> rotate(List<Option> options, int by) {
        List<Option> out = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) out.add(options.get((i + by) % options.size()));
        return out;
    }

    /**
     * Which of four statements the article makes: statements as they are beside others with one detail changed
     * (a number, a name), so that every option reads alike. The statements are the article's sentences that no
     * point shows, then the points: one fact is asked once, and the points are asked in other ways. Each set of
     * four comes in two versions, the true and changed ones swapped.
     */
    static void reported(Briefing b, List<Point> statements, Function<String, String> cardOf, Ids ids, List<Question> out) {
        List<Point> all = statements.stream()
                .filter(p -> p.kind() != PointKind.OPINION && Questions.whole(p)
                        && Words.count(p.text()) <= LONGEST_STATEMENT && Questions.changedDetail(b, p.text()) != null).toList();
        // four at a time, moving on by one: other questions ask of some of them
        for (int from = 0; from + 4 <= all.size() && from < SETS; from++) fourStatements(b, all.subList(from, from + 4), cardOf, ids, out);
    }

    private static void fourStatements(Briefing b, List<Point> usable, Function<String, String> cardOf, Ids ids, List<Question> out) {
        for (int version = 0; version < 2; version++) {
            List<Option> options = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            List<String> said = new ArrayList<>();
            for (int i = 0; i < usable.size(); i++) {
                Point p = usable.get(i);
                boolean kept = (i + version) % 2 == 0;
                String id = String.valueOf((char) ('a' + i));
                options.add(new Option(id, kept ? p.text() : Questions.changedDetail(b, p.text()),
                        kept ? null : "The article says: " + p.text()));
                if (kept) {
                    answers.add(id);
                    said.add(p.text());
                }
            }
            out.add(new Question.Multi(Questions.stem(ids, "multi", "Which of these does the article report? Choose all "
                    + "that apply.", cardOf.apply(usable.get(0).evidence().passage()), 2, "The article reports: "
                    + String.join(" ", said), usable.get(0).evidence().passage()), options, answers));
        }
    }

    /** The first card whose title names none of the options: a title naming one would tell which to pick. */
    private static String nameless(Briefing b, List<Option> options, String otherwise) {
        for (brief.model.Card c : b.cards()) {
            String title = c.title().toLowerCase(Locale.ROOT);
            boolean names = options.stream().flatMap(o -> java.util.Arrays.stream(o.text().toLowerCase(Locale.ROOT).split("\\s+")))
                    .anyMatch(w -> w.length() > 2 && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(w) + "\\b").matcher(title).find());
            if (!names) return c.id();
        }
        return otherwise;
    }

    /** Which people the article quotes, the people it only names as the wrong options; else the author's opinions. */
    static void multi(Briefing b, Function<String, String> cardOf, Ids ids, List<Question> out) {
        List<String> speakers = b.quotes().stream().map(Quote::speaker).distinct().toList();
        List<Person> others = b.people().stream().filter(p -> !speakers.contains(p.id())).toList();
        if (!speakers.isEmpty() && !others.isEmpty() && b.people().size() >= 3) {
            List<Option> options = new ArrayList<>();
            List<String> answers = new ArrayList<>();
            for (Person p : b.people()) {
                if (options.size() >= 5) break;
                String id = String.valueOf((char) ('a' + options.size()));
                boolean quoted = speakers.contains(p.id());
                options.add(new Option(id, p.name(), quoted ? null : p.name() + " is named but not quoted."));
                if (quoted) answers.add(id);
            }
            if (!answers.isEmpty() && answers.size() < options.size()) {
                Quote q = b.quotes().get(0);
                out.add(new Question.Multi(Questions.stem(ids, "multi", "Which of these people does the article quote directly? "
                        + "Choose all that apply.", nameless(b, options, cardOf.apply(q.text())), 2, "Quoted: " + String.join(", ",
                        b.people().stream().filter(p -> speakers.contains(p.id())).map(Person::name).toList()) + ".",
                        q.text()), options, answers));
            }
        }
        List<Point> points = b.cards().stream().flatMap(c -> c.points().stream()).filter(Questions::whole).toList();
        List<Point> opinions = points.stream().filter(p -> p.kind() == PointKind.OPINION).limit(2).toList();
        List<Point> allFacts = points.stream().filter(p -> p.kind() == PointKind.FACT).toList();
        if (opinions.isEmpty() || allFacts.isEmpty()) return;
        // a second version offers other facts beside the opinions, for where another question states the first one
        List<List<Point>> versions = new ArrayList<>();
        for (int from = 0; from < Math.min(2, allFacts.size()); from++) {
            List<Point> facts = allFacts.subList(from, Math.min(allFacts.size(), from + 5 - opinions.size()));
            if (versions.isEmpty() || facts.size() == versions.get(0).size()) versions.add(facts);
        }
        for (List<Point> facts : versions) opinionsAmongFacts(opinions, facts, cardOf, ids, out);
    }

    private static void opinionsAmongFacts(List<Point> opinions, List<Point> facts, Function<String, String> cardOf, Ids ids,
                                           List<Question> out) {
        List<Option> options = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        List<Point> all = new ArrayList<>(facts);
        for (int i = 0; i < opinions.size(); i++) all.add(Math.min(all.size(), 1 + i * 2), opinions.get(i));
        for (Point p : all) {
            String id = String.valueOf((char) ('a' + options.size()));
            options.add(new Option(id, p.text(), p.kind() == PointKind.FACT ? "The article reports this as fact." : null));
            if (p.kind() == PointKind.OPINION) answers.add(id);
        }
        out.add(new Question.Multi(Questions.stem(ids, "multi", "Which of these does the article give as the author's own view "
                + "rather than as fact? Choose all that apply.", cardOf.apply(opinions.get(0).evidence().passage()), 3,
                "The author's view: " + String.join(" ", opinions.stream().map(Point::text).toList()),
                opinions.get(0).evidence().passage()), options, answers));
    }

}
