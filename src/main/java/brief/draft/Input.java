package brief.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article as read from plain text or Markdown (saved web pages come from {@link WebPage}): its headline,
 * its body paragraphs, and the plain text that evidence is checked against.
 *
 * @param headline   the headline as shown, without a label such as "Headline:"
 * @param paragraphs the body, each paragraph exactly as it occurs in {@code plain} (labels kept)
 * @param plain      the article's text as saved beside the briefing
 * @param outlet     where the piece appeared, when the page says so, else null
 * @param published  its date, when the page says so, else null
 */
public record Input(String headline, List<String> paragraphs, String plain, String outlet, String published) {
    /** A short label ending in a colon at the start of a paragraph: "Headline:", "Lead:", "By:". */
    static final Pattern LABEL = Pattern.compile("^\\p{Lu}[\\p{L}]{1,14}(?: [\\p{L}]{2,10})?:\\s+");
    private static final int HEADLINE_WORDS = 16;

    public Input {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The kinds of article file brief reads. */
    public enum Format {
        TEXT, MARKDOWN, HTML;

        /** The format a file's name or first characters say. */
        public static Format of(String name, String text) {
            String n = name.toLowerCase(Locale.ROOT);
            String head = text.stripLeading().toLowerCase(Locale.ROOT);
            if (n.endsWith(".html") || n.endsWith(".htm") || head.startsWith("<!doctype html") || head.startsWith("<html")) {
                return HTML;
            }
            if (n.endsWith(".md") || n.endsWith(".markdown")) return MARKDOWN;
            return TEXT;
        }
    }

    /** Plain text: paragraphs are separated by blank lines where there are any, else by line ends. */
    public static Input plainText(String text) {
        String plain = text.replace("\r\n", "\n");
        List<String> blocks = blocks(plain);
        if (blocks.isEmpty()) return new Input("", List.of(), plain, null, null);
        blocks = bylineApart(blocks);
        String first = blocks.get(0);
        String shown = unlabelled(first);
        String headline;
        List<String> body;
        if (Words.count(shown) <= HEADLINE_WORDS && blocks.size() > 1) {
            headline = shown.replaceAll("[.\\s]+$", "");
            body = blocks.subList(1, blocks.size());
        } else {
            headline = headlineOf(shown);
            body = blocks;
        }
        Source line = sourceLine(body);
        return new Input(headline, body, plain, line.outlet(), line.published());
    }

    /**
     * A headline with its byline on the very next line ("Kessington must not let the tram die" and "By Oriel
     * Strand", no blank line between) is two blocks: the byline is no part of the headline.
     */
    private static List<String> bylineApart(List<String> blocks) {
        String[] lines = blocks.get(0).split("\n");
        if (lines.length < 2 || !BYLINE.matcher(lines[1].strip()).matches()) return blocks;
        List<String> out = new ArrayList<>();
        for (String line : lines) if (!line.isBlank()) out.add(line.strip());
        out.addAll(blocks.subList(1, blocks.size()));
        return out;
    }

    private static final Pattern BYLINE = Pattern.compile("By \\p{Lu}\\S*(?:\\s+\\S+){0,10}");

    /** Where a piece appeared and when, as a line of its own says: "Tri-County Courier, August 5, 2026". */
    private record Source(String outlet, String published) {}

    private static final Pattern SEPARATOR = Pattern.compile(",|\\||·|•|—|–|\\s-\\s");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’&.-]*(?:\\s+(?:of|the|and|&|on|\\p{Lu}[\\p{L}'’&.-]*)){0,5}");
    private static final Pattern CALENDAR = Pattern.compile("(?i).*\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|"
            + "sunday|january|february|march|april|may|june|july|august|september|october|november|december)\\b.*");

    /**
     * The outlet and date of a short line near the top that gives only those two, in either order; a place or a
     * weekday beside a date ("Monday, August 5, 2026", "Oslo, March 3, 2026") names no outlet, nor does a byline.
     */
    static Source sourceLine(List<String> body) {
        for (String block : body.subList(0, Math.min(2, body.size()))) {
            String line = block.strip().replaceFirst("[.\\s]+$", "");
            if (line.contains("\n") || line.startsWith("By ") || Words.count(line) > 10) continue;
            Matcher sep = SEPARATOR.matcher(line);
            while (sep.find()) {
                String left = line.substring(0, sep.start()).strip();
                String right = line.substring(sep.end()).strip();
                Source found = source(left, right);
                if (found == null) found = source(right, left);
                if (found != null) return found;
            }
        }
        return new Source(null, null);
    }

    /** Words a masthead names its kind of publication by: a place beside a date ("Oslo, March 3, 2026") has none. */
    private static final Pattern MASTHEAD = Pattern.compile("(?i).*\\b(?:courier|times|post|news|herald|gazette|journal|"
            + "tribune|ledger|chronicle|observer|guardian|independent|review|daily|weekly|press|record|star|mail|express|"
            + "telegraph|standard|mirror|echo|bulletin|dispatch|register|reporter|monitor|examiner|inquirer|sentinel|"
            + "advertiser|magazine|radio|tv|television|broadcasting|wire|reuters|bloomberg)\\b.*");

    private static Source source(String name, String when) {
        java.time.LocalDate date = Words.count(when) <= 5 ? Dates.firstFullDate(when) : null;
        boolean named = NAME.matcher(name).matches() && MASTHEAD.matcher(name).matches() && !CALENDAR.matcher(name).matches()
                && !name.equals(name.toUpperCase(Locale.ROOT));
        return date != null && named ? new Source(name, date.toString()) : null;
    }

    /** Markdown: the first heading is the headline; the saved text drops the marks, keeping the words. */
    public static Input markdown(String text) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String headline = null;
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            String l = line.strip();
            boolean heading = l.startsWith("#");
            if (l.isEmpty() || heading || l.matches("^([-*_]\\s*){3,}$")) {
                flush(current, paragraphs);
                if (heading) {
                    String words = inline(l.replaceFirst("^#+\\s*", "").replaceFirst("\\s*#+$", ""));
                    if (headline == null) headline = words;
                    else if (!words.isEmpty()) paragraphs.add(words);
                }
                continue;
            }
            l = l.replaceFirst("^>\\s?", "").replaceFirst("^(?:[-*+]|\\d+[.)])\\s+", "");
            if (current.length() > 0) current.append(' ');
            current.append(inline(l));
        }
        flush(current, paragraphs);
        if (headline == null && !paragraphs.isEmpty()) return plainText(String.join("\n\n", paragraphs));
        StringBuilder plain = new StringBuilder(headline == null ? "" : headline).append("\n\n");
        plain.append(String.join("\n\n", paragraphs)).append('\n');
        Source line = sourceLine(paragraphs);
        return new Input(headline == null ? "" : headline, paragraphs, plain.toString(), line.outlet(), line.published());
    }

    private static void flush(StringBuilder current, List<String> paragraphs) {
        if (current.length() > 0) paragraphs.add(current.toString());
        current.setLength(0);
    }

    /** Inline Markdown to its words: links keep their text, emphasis and code marks go. */
    static String inline(String text) {
        String t = text.replaceAll("!\\[([^\\]]*)]\\([^)]*\\)", "$1");
        t = t.replaceAll("\\[([^\\]]+)]\\([^)]*\\)", "$1");
        t = t.replaceAll("(\\*\\*|__)(.+?)\\1", "$2");
        t = t.replaceAll("(?<![\\w*])[*_](?!\\s)(.+?)(?<!\\s)[*_](?![\\w*])", "$1");
        t = t.replace("`", "");
        return t.replaceAll("\\s+", " ").strip();
    }

    static List<String> blocks(String plain) {
        List<String> out = new ArrayList<>();
        boolean blankLines = plain.strip().contains("\n\n") || Pattern.compile("\n[ \t]*\n").matcher(plain.strip()).find();
        String[] parts = blankLines ? plain.split("\n[ \t]*\n") : plain.split("\n");
        for (String part : parts) {
            String p = part.strip();
            if (!p.isEmpty() && Words.count(p) > 0) out.add(p);
        }
        return out;
    }

    /**
     * A paragraph without its leading label, as a reader is shown it; "Aldana said:" or "She added:" before a
     * quotation is no label but who speaks it, and stays.
     */
    static String unlabelled(String paragraph) {
        Matcher m = LABEL.matcher(paragraph);
        if (!m.find()) return paragraph;
        String[] label = paragraph.substring(0, m.end()).strip().replaceAll(":$", "").split(" ");
        return Words.REPORTING.contains(label[label.length - 1].toLowerCase(Locale.ROOT)) ? paragraph : paragraph.substring(m.end());
    }

    /** A long first line is a lead, not a headline: its opening clause is the headline. */
    private static String headlineOf(String first) {
        String clause = first.split("(?<=\\w)[,;:—–](?=\\s)", 2)[0];
        if (Words.count(clause) > HEADLINE_WORDS || Words.count(clause) < 4) {
            String[] words = first.split("\\s+");
            clause = String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, 12)));
        }
        return clause.replaceAll("[.\\s]+$", "");
    }
}
