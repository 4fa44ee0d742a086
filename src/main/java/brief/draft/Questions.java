package brief.draft;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Item;
import brief.model.Pair;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Quote;
import brief.model.Stem;
import brief.model.TimelineEvent;
import brief.quiz.Forms;
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
    /** An order question's item: enough words to tell its event from the others. */
    private static final int ITEM_WORDS = 8;
    private static final java.util.regex.Pattern DATE_WORD = java.util.regex.Pattern.compile("(?i)\\W*(\\S*\\d\\S*|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|last|next)\\W*");
    private static final java.util.regex.Pattern MONTH_BEFORE = java.util.regex.Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|"
            + "aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+$");
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("(?<![\\d,.])(\\d+)\\.(\\d+)(?![\\d.]?\\d)");
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
        Choices.choice(b, cardOf, ids, out);
        Choices.figureChoice(asked, figures, cardOf, ids, out);
        Choices.speakerChoice(b, cardOf, ids, out);
        Choices.multi(b, cardOf, ids, out);
        List<Point> statements = new ArrayList<>();
        java.util.Set<String> shown = new java.util.HashSet<>();
        b.cards().forEach(c -> c.points().forEach(p -> shown.add(p.evidence().passage())));
        // a sentence a figure comes from is asked about by the figure's questions
        asked.forEach(f -> a.sentences().stream().filter(s -> s.text().contains(f.evidence().passage()))
                .forEach(s -> shown.add(s.text())));
        for (Text.Sentence s : a.sentences()) {
            // a byline or a subheading is no statement the article reports
            if (!shown.contains(s.text()) && !Origin.aboutTheArticle(a.paragraphs().get(s.paragraph()))) statements.add(new Point("s" + s.index(), Drafter.clause(a, s),
                    a.labels().get(s.index()).kind(), new Evidence(s.text())));
        }
        List<Point> points = b.cards().stream().flatMap(c -> c.points().stream()).toList();
        statements.addAll(points);
        // the points first, then the sentences no point shows, so that a short article has statements enough
        List<Point> judged = new ArrayList<>(points);
        judged.addAll(statements.subList(0, statements.size() - points.size()));
        trueFalse(b, judged, cardOf, ids, out);
        Choices.reported(b, statements, cardOf, ids, out);
        order(b, a, cardOf, ids, out);
        match(b, cardOf, ids, out);
        for (Question q : out) {
            Drafter.note(checks, q.id(), "drafted " + q.type().name().toLowerCase(Locale.ROOT)
                    + " question: check that the answer is right and the options fair");
        }
        return new Made(out, checks);
    }

    static Stem stem(Ids ids, String kind, String prompt, String card, int difficulty, String explain, String evidence) {
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
    private static void trueFalse(Briefing b, List<Point> statements, java.util.function.Function<String, String> cardOf, Ids ids,
                                  List<Question> out) {
        int made = 0;
        for (Point p : statements) {
            if (p.kind() != PointKind.FACT && p.kind() != PointKind.CLAIM || !whole(p)) continue;
            String changed = changedDetail(b, p.text());
            List<Boolean> answers = changed == null ? List.of(true) : made % 2 == 0 ? List.of(false, true) : List.of(true, false);
            for (boolean keep : answers) {
                String statement = keep ? p.text() : changed;
                String explain = keep ? "True: " + p.text() : "False: the article says: " + p.text();
                out.add(new Question.TrueFalse(stem(ids, "tf", "True or false: " + statement, cardOf.apply(p.evidence().passage()), 1,
                        explain, p.evidence().passage()), keep));
            }
            made++;
        }
    }

    /**
     * Whether a point reads as a whole statement to judge: a sentence, not cut off in mid-phrase where its sentence
     * goes on ("A text sent two days." of "A text sent two days before the visit …"), needing no sentence before it.
     */
    static boolean whole(Point p) {
        String text = p.text().replaceAll("[.!?]$", "");
        String sentence = p.evidence().passage();
        int at = sentence.indexOf(text);
        boolean cut = at >= 0 && at + text.length() < sentence.length()
                && !sentence.substring(at + text.length()).matches("(?s)\\s*[.,;:!?—–)\"”].*|\\s*-.*");
        return !cut && !leansOnContext(p.text()) && !Forms.fragment(p.text());
    }

    /** "For many children today it still is": a statement whose pronoun needs the sentence before to be judged. */
    static boolean leansOnContext(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        for (int i = 0; i < Math.min(w.length, 6); i++) {
            if (w[i].matches("it|they|this|these|those|he|she|him|her|them|its|their|his")) return true;
        }
        return false;
    }

    static String changedDetail(Briefing b, String text) {
        for (Person p : b.people()) {
            if (!text.contains(p.name())) continue;
            for (Person other : b.people()) {
                // a name the statement already holds in part would read twice ("manager Ann Lee … sending on Lee")
                if (!other.equals(p) && java.util.Arrays.stream(other.name().split("\\s+")).noneMatch(text::contains)) {
                    return text.replace(p.name(), other.name());
                }
            }
        }
        for (brief.model.Organization o : b.organizations()) {
            if (!text.contains(o.name())) continue;
            for (brief.model.Organization other : b.organizations()) {
                if (!other.equals(o) && !text.contains(other.name())) return text.replace(o.name(), other.name());
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\d,.])(\\d{1,3}(?:,\\d{3})*)(?![\\d.]?\\d)").matcher(text);
        boolean found = m.find();
        // a day of the month changed would be no date at all ("March 45")
        while (found && MONTH_BEFORE.matcher(text.substring(0, m.start())).find()) found = m.find();
        if (found) {
            long n = Long.parseLong(m.group(1).replace(",", ""));
            // a false value must be a possible one: no "131 percent", no "1218 million" where the article writes 812 million
            String after = text.substring(m.end()).toLowerCase(Locale.ROOT);
            boolean bounded = after.matches("(?s)\\s*(%|percent|per cent|million|billion|thousand|bn\\b|m\\b).*");
            long other = n < 10 ? n + 3 : bounded && n * 1.5 >= 100 ? Math.round(n * 0.75) : Math.round(n * 1.5);
            String written = m.group(1).contains(",") ? String.format(Locale.ROOT, "%,d", other) : Long.toString(other);
            return text.substring(0, m.start()) + written + text.substring(m.end());
        }
        String decimal = changedDecimal(text);
        if (decimal != null) return decimal;
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("(?i)\\b(" + String.join("|", NUMBER_WORDS) + ")\\b").matcher(text);
        if (w.find()) {
            int i = NUMBER_WORDS.indexOf(w.group(1).toLowerCase(Locale.ROOT));
            String other = NUMBER_WORDS.get((i + 3) % NUMBER_WORDS.size());
            if (Character.isUpperCase(w.group(1).charAt(0))) other = Words.capitalized(other);
            return text.substring(0, w.start()) + other + text.substring(w.end());
        }
        return null;
    }

    /**
     * A number with decimals ("$1.2 million", "87.5 percent") made half as large again, or a quarter smaller where
     * that would pass 100, to as many decimals; null where there is none.
     */
    private static String changedDecimal(String text) {
        java.util.regex.Matcher m = DECIMAL.matcher(text);
        if (!m.find()) return null;
        int decimals = m.group(2).length();
        double n = Double.parseDouble(m.group(1) + "." + m.group(2));
        double other = n * 1.5 >= 100 ? n * 0.75 : n * 1.5;
        return text.substring(0, m.start()) + String.format(Locale.ROOT, "%." + decimals + "f", other) + text.substring(m.end());
    }

    /** The timeline's events in order; each told by the start of its sentence, which a short timeline entry may cut too far. */
    private static void order(Briefing b, Drafter.Analysis a, java.util.function.Function<String, String> cardOf, Ids ids,
                              List<Question> out) {
        List<TimelineEvent> events = b.timeline();
        if (events.size() < 3) return;
        // two dates of one sentence would make two items alike: the first of them stands for the sentence
        List<TimelineEvent> chosen = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (TimelineEvent e : events) {
            if (chosen.size() >= 5) break;
            String told = told(a, e);
            if (items.stream().anyMatch(i -> i.text().equals(told))) continue;
            // "said on Wednesday that all contracts signed since 2017 would be reviewed": the start of the sentence
            // tells what happened on Wednesday, and 2017 only bounds the contracts
            if (Dates.bounds(e.when(), e.evidence().passage())) continue;
            chosen.add(e);
            items.add(new Item(String.valueOf((char) ('a' + items.size())), told));
        }
        if (chosen.size() < 3) return;
        StringBuilder explain = new StringBuilder();
        for (TimelineEvent e : chosen) explain.append(explain.length() > 0 ? "; " : "").append(e.when()).append(": ").append(e.what());
        out.add(new Question.Order(stem(ids, "order", "Put these in the order they happened, earliest first.",
                cardOf.apply(chosen.get(0).evidence().passage()), 2, explain.toString(),
                chosen.get(0).evidence().passage()), items));
    }

    private static String told(Drafter.Analysis a, TimelineEvent e) {
        for (Text.Sentence s : a.sentences()) {
            if (!s.text().contains(e.evidence().passage())) continue;
            String[] w = Drafter.clause(a, s).split("\\s+");
            // the words before its date or any number: an item that showed them would answer this question or another
            int end = 0;
            int most = w.length <= ITEM_WORDS ? w.length : ITEM_WORDS - 1;
            while (end < most && !DATE_WORD.matcher(w[end]).matches()) end++;
            if (end < 3) return e.what();
            String told = String.join(" ", java.util.Arrays.copyOfRange(w, 0, end)).replaceAll("[,;:.]$", "");
            return end == w.length ? told + "." : told.replaceAll("\\s+(in|on|at|by|from|since|until|of)$", "") + " …";
        }
        return e.what();
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
