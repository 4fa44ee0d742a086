package brief.draft;

import brief.model.Person;
import brief.model.Quote;
import brief.model.SourceKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where an article comes from and whose voice it carries: its outlet, its byline, the draft's perspective line. */
final class Origin {
    private static final Pattern APPEARED = Pattern.compile("(?:[Ff]irst )?(?:appeared|published) in (?:the )?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)\\b)(\\p{Lu}[^.,;\\n]{2,60})");
    private static final Pattern BYLINE = Pattern.compile("[Bb]y\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){0,4}\\.?");
    private static final Pattern BYLINE_OUTLET = Pattern.compile("^\\s*\\p{Lu}[\\p{L} .]+(?:,\\s*[^(]{0,30})?\\s*\\(([^)]{2,40})\\)\\s*[—–-]");

    private Origin() {}

    /** A paragraph that says where the article appeared or who wrote it, rather than what happened. */
    static boolean aboutTheArticle(Text.Paragraph p) {
        return APPEARED.matcher(p.text()).find() && Words.count(p.text()) <= 25 || BYLINE.matcher(p.text()).matches()
                || heading(p.text());
    }

    /** "By Ada Holm, Science Editor", "Monday 9 March 2026", a subheading: a short line that ends in no stop. */
    private static boolean heading(String text) {
        String t = text.strip();
        return Words.count(t) <= 12 && !t.isEmpty() && ".!?:;\"”’)…".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    static String outlet(Input input, Drafter.Analysis a) {
        if (input.outlet() != null) return input.outlet();
        for (Text.Paragraph p : a.paragraphs()) {
            Matcher m = APPEARED.matcher(p.text());
            if (m.find()) return m.group(1).strip();
        }
        if (!a.paragraphs().isEmpty()) {
            Matcher m = BYLINE_OUTLET.matcher(a.paragraphs().get(0).text());
            if (m.find()) return m.group(1).strip();
        }
        return null;
    }

    static String perspective(SourceKind kind, List<Quote> quotes, List<Person> people) {
        Map<String, Integer> voices = new LinkedHashMap<>();
        for (Quote q : quotes) voices.merge(q.speaker(), 1, Integer::sum);
        List<String> most = voices.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(2).map(e -> people.stream().filter(p -> p.id().equals(e.getKey())).findFirst()
                        .map(Person::name).orElse(e.getKey())).toList();
        String quoting = most.isEmpty() ? "quotes no one directly" : "quotes mostly " + String.join(" and ", most);
        return kind == SourceKind.OPINION ? "The author's own argument; it " + quoting + "."
                : "A report that " + quoting + "; check whose account it gives most room.";
    }
}
