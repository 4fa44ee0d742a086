package brief.draft;

import brief.model.Briefing;
import brief.model.Figure;
import brief.model.Option;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");

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
                        cardOf.apply(p.evidence().passage()), 1, p.name() + ": " + p.role() + ".", p.evidence().passage()),
                        rotate(options, made + p.name().length()), "a"));
            }
            made++;
        }
    }

    /**
     * Which figure the article gives for a label. The wrong options are the article's other figures of the same
     * kind, or else the figure scaled; a second version offers only numbers written as long as the right one, with
     * the right one in turn the lowest, a middle one and the highest, so that neither length nor place gives it away.
     */
    static void figureChoice(List<Figure> asked, List<Figures.Found> found, Function<String, String> cardOf,
                                     Ids ids, List<Question> out) {
        for (int i = 0; i < found.size() && i < asked.size(); i++) {
            Figure f = asked.get(i);
            Figures.Found ff = found.get(i);
            if (ff.kind() == Figures.Kind.SCORE || f.label().equals(f.evidence().passage())) continue;
            List<String> values = new ArrayList<>();
            for (int j = 0; j < found.size() && j < asked.size() && values.size() < 3; j++) {
                String v = asked.get(j).value();
                if (j != i && found.get(j).kind() == ff.kind() && !v.equals(f.value()) && !values.contains(v)) values.add(v);
            }
            // numbers near the figure's, some lower and some higher, so that no fixed multiple points at the answer
            for (String v : alike(f.value(), ff.number(), (i + 1) % 3)) {
                if (values.size() < 3 && !values.contains(v)) values.add(v);
            }
            for (double scale : new double[] {2, 0.5, 3, 1.5}) {
                if (values.size() >= 3) break;
                String v = scaled(f.value(), ff.number(), scale);
                if (v != null && !values.contains(v) && !v.equals(f.value())) values.add(v);
            }
            for (List<String> wrong : List.of(values, alike(f.value(), ff.number(), i % 4))) {
                if (wrong.size() < 2) continue;
                List<Option> options = new ArrayList<>();
                options.add(new Option("a", f.value(), null));
                for (String v : wrong) options.add(new Option(String.valueOf((char) ('a' + options.size())), v, null));
                out.add(new Question.Choice(Questions.stem(ids, "choice", "Which figure does the article give for “" + f.label() + "”?",
                        cardOf.apply(f.evidence().passage()), 1, f.value() + ": " + f.label() + ".", f.evidence().passage()),
                        byNumber(options), "a"));
            }
        }
    }

    /** Three numbers near the figure's, written as long as it is, {@code below} of them lower where there are so many. */
    private static List<String> alike(String value, double number, int below) {
        List<String> lower = new ArrayList<>();
        List<String> higher = new ArrayList<>();
        for (double scale : new double[] {0.75, 1.25, 0.6, 1.5, 0.5, 1.75, 0.4, 2}) {
            String v = scaled(value, value.matches(".*\\d\\.\\d.*") ? number * scale : Math.rint(number * scale), 1);
            if (v == null || v.equals(value) || v.length() != value.length() || lower.contains(v) || higher.contains(v)) continue;
            (scale < 1 ? lower : higher).add(v);
        }
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.min(below, lower.size()); k++) out.add(lower.get(k));
        for (int k = 0; out.size() < 3 && k < higher.size(); k++) out.add(higher.get(k));
        for (int k = below; out.size() < 3 && k < lower.size(); k++) out.add(lower.get(k));
        return out;
    }

    /** The options in the order of their numbers, as a reader would list amounts. */
    private static List<Option> byNumber(List<Option> options) {
        List<Option> out = new ArrayList<>(options);
        out.sort(java.util.Comparator.comparingDouble(o -> {
            Double n = Figures.number(o.text().toLowerCase(Locale.ROOT));
            return n == null ? 0 : n;
        }));
        return out;
    }

    /** The figure's text with its number multiplied, written as the article writes numbers; null when it has no digits. */
    private static String scaled(String value, double number, double scale) {
        java.util.regex.Matcher m = DIGITS.matcher(value);
        if (!m.find()) return null;
        double n = number * scale;
        if (n > 100 && value.matches("(?i).*(%|percent|per cent).*")) return null;
        String written;
        if (m.group().contains(".")) written = String.format(Locale.ROOT, "%.1f", n);
        else if (n != Math.rint(n) || n <= 0) return null;
        else written = m.group().contains(",") || n >= 1000 ? String.format(Locale.ROOT, "%,d", (long) n) : Long.toString((long) n);
        return value.substring(0, m.start()) + written + value.substring(m.end());
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
                        cardOf.apply(q.text()), 1, speaker.name() + " said it.", q.text()), rotate(options, made + 2), "a"));
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
                .filter(p -> p.kind() != PointKind.OPINION && !Questions.leansOnContext(p.text())
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
                        + "Choose all that apply.", cardOf.apply(q.text()), 2, "Quoted: " + String.join(", ",
                        b.people().stream().filter(p -> speakers.contains(p.id())).map(Person::name).toList()) + ".",
                        q.text()), options, answers));
            }
        }
        List<Point> points = b.cards().stream().flatMap(c -> c.points().stream()).toList();
        List<Point> opinions = points.stream().filter(p -> p.kind() == PointKind.OPINION).limit(2).toList();
        List<Point> facts = points.stream().filter(p -> p.kind() == PointKind.FACT).limit(5 - opinions.size()).toList();
        if (opinions.isEmpty() || facts.isEmpty()) return;
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
