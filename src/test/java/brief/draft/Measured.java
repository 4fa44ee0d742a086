package brief.draft;

import brief.content.Problem;
import brief.content.Validation;
import brief.model.Briefing;
import brief.model.Card;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.render.OnePage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One test article drafted and measured against what its writer put in it (the .expect file beside it). */
public record Measured(String name, Briefing briefing, List<Problem> problems, int articleWords, int visibleWords,
                double people, double quotes, double figures, double dates, double labels, double keys,
                int printedLines, List<String> missed, List<String> wrong) {

    private static Language language;

    static synchronized Language language() throws IOException {
        if (language == null) language = Language.english();
        return language;
    }

    static String resource(String name) throws IOException {
        try (InputStream in = Measured.class.getResourceAsStream("/draft/" + name)) {
            if (in == null) throw new IOException("no test article " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Input read(String file, String text) {
        return switch (Input.Format.of(file, text)) {
            case HTML -> WebPage.read(text);
            case MARKDOWN -> Input.markdown(text);
            case TEXT -> Input.plainText(text);
        };
    }

    static Measured of(String file, Path dir) throws IOException {
        return of(file, resource(file), resource(expectFor(file)), dir);
    }

    /** An article outside the tests, with its writer's {@code .expect} file beside it, drafted into {@code dir}. */
    public static Measured of(Path article, Path dir) throws IOException {
        String file = article.getFileName().toString();
        return of(file, java.nio.file.Files.readString(article),
                java.nio.file.Files.readString(article.resolveSibling(expectFor(file))), dir);
    }

    private static String expectFor(String file) {
        return file.replaceAll("\\.[a-z]+$", ".expect");
    }

    private static Measured of(String file, String text, String expect, Path dir) throws IOException {
        DraftedArticle drafted = DraftedArticle.write(file, text, dir);
        List<Problem> problems = new ArrayList<>();
        Validation.check(List.of(drafted.yaml())).forEach(c -> problems.addAll(c.problems()));
        return measure(file, drafted.draft().briefing(), problems, drafted.input(), expect);
    }

    private static Measured measure(String name, Briefing b, List<Problem> problems, Input input, String expect) {
        List<String> missed = new ArrayList<>();
        // a quote given to the wrong person, or words nobody speaks (a sign, a report, a scare-quoted phrase) given to
        // someone: worse for a reader than a quote left out
        List<String> wrong = new ArrayList<>();
        String visible = visibleText(b);
        String folded = fold(visible);
        int[] people = {0, 0}, quotes = {0, 0}, figures = {0, 0}, dates = {0, 0}, labels = {0, 0}, keys = {0, 0};
        List<Text.Sentence> told = sentences(input);
        // labelled as the drafter labels them: an opinion piece read as one
        java.util.Map<Integer, Labels.Label> read = Labels.all(told, null);
        for (String line : expect.split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) continue;
            String kind = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            boolean hit;
            int[] tally;
            switch (kind) {
                case "person" -> {
                    tally = people;
                    hit = b.people().stream().anyMatch(p -> p.name().equals(value));
                }
                case "quote" -> {
                    tally = quotes;
                    String speaker = value.split("\\|")[0].strip();
                    // a quotation drafted in part (cut for room, or one half of a quotation split by its speaker's
                    // name) is still that quotation: what is drafted lies within the words the writer marked
                    String whole = quotation(input, fold(value.split("\\|")[1]));
                    hit = b.quotes().stream().anyMatch(q -> whole.contains(fold(q.text()))
                            && b.person(q.speaker()).map(p -> p.name().equals(speaker)).orElse(false));
                    b.quotes().stream().filter(q -> whole.contains(fold(q.text())) && !speakerOf(b, q).equals(speaker))
                            .forEach(q -> wrong.add(speakerOf(b, q) + ", not " + speaker + ": " + q.text()));
                }
                case "unspoken" -> {
                    String words = fold(value);
                    b.quotes().stream().filter(q -> overlaps(q, words))
                            .forEach(q -> wrong.add(speakerOf(b, q) + ", who did not say: " + q.text()));
                    continue;
                }
                case "figure" -> {
                    tally = figures;
                    hit = b.figures().stream().anyMatch(f -> f.value().contains(value));
                }
                case "date" -> {
                    tally = dates;
                    hit = b.timeline().stream().anyMatch(t -> t.when().contains(value) || t.evidence().passage().contains(value));
                }
                case "fact", "claim", "opinion" -> {
                    tally = labels;
                    PointKind want = PointKind.valueOf(kind.toUpperCase(Locale.ROOT));
                    Text.Sentence s = sentenceStarting(told, value);
                    hit = s != null && read.get(s.index()).kind() == want;
                }
                case "key" -> {
                    tally = keys;
                    hit = true;
                    for (String w : fold(value).split(" ")) if (!folded.contains(w)) hit = false;
                }
                default -> {
                    continue;
                }
            }
            tally[1]++;
            if (hit) tally[0]++;
            else missed.add(kind + ": " + value);
        }
        int printed = OnePage.render(b, 80).split("\n", -1).length;
        int articleWords = Words.count(String.join(" ", input.paragraphs()));
        return new Measured(name, b, problems, articleWords, Words.count(visible), share(people), share(quotes),
                share(figures), share(dates), share(labels), share(keys), printed, missed, wrong);
    }

    private static boolean overlaps(brief.model.Quote q, String folded) {
        return fold(q.text()).contains(folded) || folded.contains(fold(q.text()));
    }

    private static String speakerOf(Briefing b, brief.model.Quote q) {
        return b.person(q.speaker()).map(Person::name).orElse(q.speaker());
    }

    /**
     * The whole quotation, folded, that the writer's {@code words} are from: from the mark that opens it to the one
     * that closes it, or to the end of its paragraph when it runs on into the next; the words themselves when the
     * article does not have them.
     */
    static String quotation(Input input, String words) {
        for (String paragraph : input.paragraphs()) {
            String p = fold(paragraph);
            int at = p.indexOf(words);
            if (at < 0) continue;
            int open = -1;
            for (int i = 0; i < p.length(); i++) {
                if (p.charAt(i) != '"') continue;
                if (open < 0) {
                    open = i;
                } else {
                    if (open < at && i >= at + words.length()) return p.substring(open + 1, i);
                    open = -1;
                }
            }
            if (open >= 0 && open < at) return p.substring(open + 1);
        }
        return words;
    }

    private static String withoutMark(String sentence) {
        return sentence.replaceFirst("^[\"“‘']", "");
    }

    private static List<Text.Sentence> sentences(Input input) {
        try {
            List<String> body = input.paragraphs().stream().map(Input::unlabelled).toList();
            List<Text.Sentence> out = new ArrayList<>();
            for (Text.Paragraph p : language().analyse(body)) out.addAll(p.sentences());
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Text.Sentence sentenceStarting(List<Text.Sentence> told, String start) {
        // a dateline may come before the words the writer labelled
        // … and the writer may give a sentence that opens a quotation with its mark or without
        String words = withoutMark(start);
        for (Text.Sentence s : told) if (withoutMark(Clauses.withoutDateline(s.text())).startsWith(words)) return s;
        return null;
    }

    /**
     * What a reader sees: cards, figures, people, organizations, quotes (with their speaker and context, as print
     * shows them) and timeline; not evidence or questions.
     */
    static String visibleText(Briefing b) {
        StringBuilder out = new StringBuilder();
        for (Card c : b.cards()) {
            out.append(c.title()).append('\n');
            for (Point p : c.points()) out.append(p.text()).append('\n');
        }
        b.figures().forEach(f -> out.append(f.value()).append(' ').append(f.label()).append('\n'));
        b.people().forEach(p -> out.append(p.name()).append(' ').append(p.role()).append('\n'));
        b.organizations().forEach(o -> out.append(o.name()).append(' ').append(o.what()).append('\n'));
        // as printed: the words, who said them, and the context in brackets
        b.quotes().forEach(q -> out.append(q.text()).append(' ')
                .append(b.person(q.speaker()).map(Person::name).orElse(q.speaker())).append(' ')
                .append(q.context()).append('\n'));
        b.timeline().forEach(t -> out.append(t.when()).append(' ').append(t.what()).append('\n'));
        return out.toString();
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("[“”]", "\"").replaceAll("\\s+", " ").strip();
    }

    private static double share(int[] tally) {
        return tally[1] == 0 ? 1 : (double) tally[0] / tally[1];
    }

    public double visibleShare() {
        return (double) visibleWords / articleWords;
    }

    public String row() {
        brief.quiz.TestWise.Score s = brief.quiz.TestWise.score(briefing.questions());
        long types = briefing.questions().stream().map(q -> q.type()).distinct().count();
        // how many true-or-false statements are true and how many false: a reader calling all true scores the first
        long trueOnes = briefing.questions().stream().filter(q -> q instanceof brief.model.Question.TrueFalse t && t.answer()).count();
        long falseOnes = briefing.questions().stream().filter(q -> q instanceof brief.model.Question.TrueFalse t && !t.answer()).count();
        return String.format(Locale.ROOT, "%-14s %5d %5.0f%% %6.0f%% %6.0f%% %6.0f%% %6.0f%% %6.0f%% %6.0f%% %5d %5d %6d %4.0f/%2.0f%% %2d/%d",
                name, articleWords, 100 * visibleShare(), 100 * quotes, 100 * keys, 100 * labels, 100 * people,
                100 * figures, 100 * dates, printedLines, briefing.cards().size(), types, s.solverPercent(), s.chancePercent(),
                trueOnes, falseOnes);
    }

    public static String header() {
        return String.format("%-14s %5s %6s %7s %7s %7s %7s %7s %7s %5s %5s %6s %8s %4s", "article", "words", "shown", "quotes",
                "keys", "labels", "people", "figures", "dates", "lines", "cards", "types", "solver", "t/f");
    }
}
