package brief.draft;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Quote;
import brief.model.Stem;
import brief.model.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Questions of every type from a draft: distractors are the article's own entities of the same kind, and no
 * prompt holds its answer.
 */
final class Questions {
    static final String UNNAMED = "named in the article";
    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");

    private Questions() {}

    record Made(List<Question> questions, Map<String, List<String>> checks) {}

    /** The questions; {@code asked} are the figures asked about, in step with {@code figures}, listed or not. */
    static Made make(Briefing b, List<Figure> asked, List<Figures.Found> figures, Map<Integer, String> cardOfSentence,
                     Drafter.Analysis a, Ids ids) {
        List<Question> out = new ArrayList<>();
        Map<String, List<String>> checks = new LinkedHashMap<>();
        String anyCard = b.cards().get(0).id();
        java.util.function.Function<String, String> cardOf = passage -> {
            for (Text.Sentence s : a.sentences()) {
                if (s.text().contains(passage) || passage.contains(s.text())) return cardOfSentence.getOrDefault(s.index(), anyCard);
            }
            return anyCard;
        };
        cloze(b, asked, a, ids, out);
        for (int i = 0; i < figures.size(); i++) numeric(asked.get(i), figures.get(i), cardOf, ids, out);
        trueFalse(b, cardOf, ids, out);
        choice(b, cardOf, ids, out);
        figureChoice(asked, figures, cardOf, ids, out);
        speakerChoice(b, cardOf, ids, out);
        multi(b, cardOf, ids, out);
        order(b, cardOf, ids, out);
        match(b, cardOf, ids, out);
        for (Question q : out) {
            Drafter.note(checks, q.id(), "drafted " + q.type().name().toLowerCase(Locale.ROOT)
                    + " question: check that the answer is right and the options fair");
        }
        return new Made(out, checks);
    }

    private static Stem stem(Ids ids, String kind, String prompt, String card, int difficulty, String explain, String evidence) {
        return new Stem(ids.of("q-" + kind, prompt), prompt, card, difficulty, explain, new Evidence(evidence), null, false);
    }

    /**
     * A name or term of a point blanked out, and a second version with a key term of the point (its last noun
     * phrase of its own) for where the names are shown by other questions; the card's title never holds the answer.
     */
    private static void cloze(Briefing b, List<Figure> figures, Drafter.Analysis a, Ids ids, List<Question> out) {
        for (Card c : b.cards()) {
            for (Point p : c.points()) {
                List<String> terms = new ArrayList<>();
                String named = termIn(b, figures, a.names().organizations(), p.text(), c.title());
                if (named != null) terms.add(named);
                String key = keyTerm(a, p, c.title());
                if (key != null && !terms.contains(key)) terms.add(key);
                for (String term : terms) {
                    String prompt = p.text().replaceFirst(java.util.regex.Pattern.quote(term), Question.Cloze.GAP);
                    List<String> accept = new ArrayList<>();
                    String[] parts = term.split(" ");
                    if (parts.length > 1 && b.people().stream().anyMatch(x -> x.name().equals(term))) accept.add(parts[parts.length - 1]);
                    out.add(new Question.Cloze(stem(ids, "cloze", "Fill the gap: " + prompt, c.id(), 1,
                            p.text(), p.evidence().passage()), term, accept));
                }
            }
        }
    }

    /** The point's last noun phrase of two words or more, or of one long word, that it says once and the title lacks. */
    private static String keyTerm(Drafter.Analysis a, Point p, String title) {
        Text.Sentence s = a.sentences().stream().filter(x -> x.text().equals(p.evidence().passage())).findFirst().orElse(null);
        if (s == null) return null;
        String key = null;
        String t = title.toLowerCase(Locale.ROOT);
        for (String phrase : Cards.nounPhrases(s)) {
            int at = p.text().indexOf(phrase);
            boolean telling = phrase.contains(" ") || phrase.length() >= 6;
            if (telling && at > 0 && at == p.text().lastIndexOf(phrase) && !t.contains(phrase.toLowerCase(Locale.ROOT))
                    && !Words.STOP.contains(phrase.toLowerCase(Locale.ROOT))) key = phrase;
        }
        return key;
    }

    /** A person, organization or figure the point names once: those listed, and the organizations left off the list for room. */
    private static String termIn(Briefing b, List<Figure> figures, List<Names.Entity> organizations, String text, String title) {
        List<String> terms = new ArrayList<>();
        b.people().forEach(p -> terms.add(p.name()));
        organizations.forEach(o -> terms.add(o.name()));
        figures.forEach(f -> terms.add(f.value()));
        String t = title.toLowerCase(Locale.ROOT);
        for (String term : terms) {
            if (text.contains(term) && !t.contains(term.toLowerCase(Locale.ROOT)) && text.indexOf(term) == text.lastIndexOf(term)) {
                return term;
            }
        }
        return null;
    }

    private static void numeric(Figure f, Figures.Found found, java.util.function.Function<String, String> cardOf, Ids ids,
                                List<Question> out) {
        if (found.kind() == Figures.Kind.SCORE || f.label().contains(found.value())) return;
        String unit = found.unit() != null ? found.unit() : null;
        String prompt = "What number does the article give for: " + f.label() + "?";
        Double written = Figures.number(found.value().toLowerCase(Locale.ROOT));
        if (written == null || prompt.matches(".*\\d.*") && prompt.contains(written.intValue() + "")) {
            return;
        }
        double tolerance = found.value().toLowerCase(Locale.ROOT).matches("(about|around|nearly|almost|roughly|some|more than|over) .*")
                ? Math.max(1, Math.round(found.number() * 0.05)) : 0;
        out.add(new Question.Numeric(stem(ids, "numeric", prompt, cardOf.apply(f.evidence().passage()), 2,
                f.value() + ": " + f.label() + ".", f.evidence().passage()), found.number(), tolerance, unit));
    }

    /**
     * A fact kept as it is, or changed in one detail: a number or a name swapped for another of the article's. Both
     * versions are offered, one after the other: the draft keeps the one that leaves words such as "only" or "may"
     * no better than a guess.
     */
    private static void trueFalse(Briefing b, java.util.function.Function<String, String> cardOf, Ids ids, List<Question> out) {
        int made = 0;
        for (Card c : b.cards()) {
            for (Point p : c.points()) {
                if (p.kind() != PointKind.FACT && p.kind() != PointKind.CLAIM || leansOnContext(p.text())) continue;
                String changed = changedDetail(b, p.text());
                List<Boolean> answers = changed == null ? List.of(true) : made % 2 == 0 ? List.of(false, true) : List.of(true, false);
                for (boolean keep : answers) {
                    String statement = keep ? p.text() : changed;
                    String explain = keep ? "True: " + p.text() : "False: the article says: " + p.text();
                    out.add(new Question.TrueFalse(stem(ids, "tf", "True or false: " + statement, c.id(), 1, explain,
                            p.evidence().passage()), keep));
                }
                made++;
            }
        }
    }

    /** "For many children today it still is": a statement whose pronoun needs the sentence before to be judged. */
    private static boolean leansOnContext(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        for (int i = 0; i < Math.min(w.length, 6); i++) {
            if (w[i].matches("it|they|this|these|those|he|she|him|her|them|its|their|his")) return true;
        }
        return false;
    }

    private static String changedDetail(Briefing b, String text) {
        for (Person p : b.people()) {
            if (!text.contains(p.name())) continue;
            for (Person other : b.people()) {
                if (!other.equals(p) && !text.contains(other.name())) return text.replace(p.name(), other.name());
            }
        }
        for (brief.model.Organization o : b.organizations()) {
            if (!text.contains(o.name())) continue;
            for (brief.model.Organization other : b.organizations()) {
                if (!other.equals(o) && !text.contains(other.name())) return text.replace(o.name(), other.name());
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d,.])(\\d{1,3}(?:,\\d{3})*)(?![\\d.]?\\d)").matcher(text);
        if (m.find()) {
            long n = Long.parseLong(m.group(1).replace(",", ""));
            long other = n < 10 ? n + 3 : Math.round(n * 1.5);
            String written = m.group(1).contains(",") ? String.format(Locale.ROOT, "%,d", other) : Long.toString(other);
            return text.substring(0, m.start()) + written + text.substring(m.end());
        }
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("(?i)\\b(" + String.join("|", NUMBER_WORDS) + ")\\b").matcher(text);
        if (w.find()) {
            int i = NUMBER_WORDS.indexOf(w.group(1).toLowerCase(Locale.ROOT));
            String other = NUMBER_WORDS.get((i + 3) % NUMBER_WORDS.size());
            if (Character.isUpperCase(w.group(1).charAt(0))) other = Words.capitalized(other);
            return text.substring(0, w.start()) + other + text.substring(w.end());
        }
        return null;
    }

    /** Who is described by a role, the other people named as the wrong options. */
    private static void choice(Briefing b, java.util.function.Function<String, String> cardOf, Ids ids, List<Question> out) {
        List<Person> roled = b.people().stream().filter(p -> !p.role().equals(UNNAMED)).toList();
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
                            other.role().equals(UNNAMED) ? null : other.name() + ": " + other.role() + "."));
                }
                out.add(new Question.Choice(stem(ids, "choice", "Who does the article describe as “" + p.role() + "”?",
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
    private static void figureChoice(List<Figure> asked, List<Figures.Found> found, java.util.function.Function<String, String> cardOf,
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
                out.add(new Question.Choice(stem(ids, "choice", "Which figure does the article give for “" + f.label() + "”?",
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
        out.sort(java.util.Comparator.comparingDouble(o -> Figures.number(o.text().toLowerCase(Locale.ROOT)) == null ? 0
                : Figures.number(o.text().toLowerCase(Locale.ROOT))));
        return out;
    }

    /** The figure's text with its number multiplied, written as the article writes numbers; null when it has no digits. */
    private static String scaled(String value, double number, double scale) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?").matcher(value);
        if (!m.find()) return null;
        double n = number * scale;
        String written;
        if (m.group().contains(".")) written = String.format(Locale.ROOT, "%.1f", n);
        else if (n != Math.rint(n) || n <= 0) return null;
        else written = m.group().contains(",") || n >= 1000 ? String.format(Locale.ROOT, "%,d", (long) n) : Long.toString((long) n);
        return value.substring(0, m.start()) + written + value.substring(m.end());
    }

    /** Who said a quotation, the other people named as the wrong options. */
    private static void speakerChoice(Briefing b, java.util.function.Function<String, String> cardOf, Ids ids, List<Question> out) {
        if (b.people().size() < 3) return;
        int made = 0;
        for (Quote q : b.quotes()) {
            Person speaker = b.person(q.speaker()).orElse(null);
            if (speaker == null || made >= 3) continue;
            for (List<Person> others : others(b, speaker, 3)) {
                List<Option> options = new ArrayList<>();
                options.add(new Option("a", speaker.name(), null));
                for (Person other : others) options.add(new Option(String.valueOf((char) ('a' + options.size())), other.name(), null));
                out.add(new Question.Choice(stem(ids, "choice", "Who does the article quote as saying “" + q.text() + "”?",
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

    /** Which people the article quotes, the people it only names as the wrong options; else the author's opinions. */
    private static void multi(Briefing b, java.util.function.Function<String, String> cardOf, Ids ids, List<Question> out) {
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
                out.add(new Question.Multi(stem(ids, "multi", "Which of these people does the article quote directly? "
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
        out.add(new Question.Multi(stem(ids, "multi", "Which of these does the article give as the author's own view "
                + "rather than as fact? Choose all that apply.", cardOf.apply(opinions.get(0).evidence().passage()), 3,
                "The author's view: " + String.join(" ", opinions.stream().map(Point::text).toList()),
                opinions.get(0).evidence().passage()), options, answers));
    }

    private static void order(Briefing b, java.util.function.Function<String, String> cardOf, Ids ids, List<Question> out) {
        List<TimelineEvent> events = b.timeline();
        if (events.size() < 3) return;
        List<TimelineEvent> chosen = events.subList(0, Math.min(5, events.size()));
        List<Item> items = new ArrayList<>();
        for (TimelineEvent e : chosen) items.add(new Item(String.valueOf((char) ('a' + items.size())), e.what()));
        StringBuilder explain = new StringBuilder();
        for (TimelineEvent e : chosen) explain.append(explain.length() > 0 ? "; " : "").append(e.when()).append(": ").append(e.what());
        out.add(new Question.Order(stem(ids, "order", "Put these in the order they happened, earliest first.",
                cardOf.apply(chosen.get(0).evidence().passage()), 2, explain.toString(),
                chosen.get(0).evidence().passage()), items));
    }

    private static void match(Briefing b, java.util.function.Function<String, String> cardOf, Ids ids, List<Question> out) {
        List<Person> roled = b.people().stream().filter(p -> !p.role().equals(UNNAMED)).limit(5).toList();
        if (roled.size() >= 2) {
            List<Pair> pairs = new ArrayList<>();
            for (Person p : roled) pairs.add(new Pair(p.id(), p.name(), Words.capitalized(p.role())));
            out.add(new Question.Match(stem(ids, "match", "Match each person to the role the article gives them.",
                    cardOf.apply(roled.get(0).evidence().passage()), 2, String.join("; ", roled.stream()
                            .map(p -> p.name() + ": " + p.role()).toList()) + ".", roled.get(0).evidence().passage()), pairs));
        }
        Map<String, Quote> bySpeaker = new LinkedHashMap<>();
        for (Quote q : b.quotes()) bySpeaker.putIfAbsent(q.speaker(), q);
        if (bySpeaker.size() < 2) return;
        List<Pair> pairs = new ArrayList<>();
        for (Quote q : bySpeaker.values()) {
            pairs.add(new Pair(q.id(), "“" + q.text() + "”", b.person(q.speaker()).map(Person::name).orElse(q.speaker())));
        }
        Quote first = bySpeaker.values().iterator().next();
        out.add(new Question.Match(stem(ids, "match", "Match each quotation to the person who said it.",
                cardOf.apply(first.text()), 2, "Each quotation with its speaker, as the article gives them.", first.text()), pairs));
    }
}
