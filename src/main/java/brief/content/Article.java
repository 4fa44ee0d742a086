package brief.content;

import brief.model.Checks;
import java.util.Optional;

/**
 * The text of a source article, searchable for evidence passages. Matching folds white space runs,
 * typographic against straight quotes, dashes and case, and nothing else.
 */
public final class Article {
    private final String text;
    /** Made on the first search: a command that only shows the briefing never searches its article. */
    private Index index;

    public Article(String text) {
        this.text = text;
    }

    /**
     * The article, refused when it holds a control character other than tab and line ends: its paragraphs are
     * shown around the evidence, so an escape sequence in the article would otherwise reach the terminal.
     */
    static Article checked(String text) throws ContentException {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (!crlf && Checks.isControl(c)) {
                throw new ContentException(new Problem("", 0, 0, String.format("the article has the control "
                        + "character U+%04X at line %d, column %d", (int) c, line, column),
                        "remove it from the article: control characters and terminal escape sequences are not allowed"));
            }
            if (c == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Article(text);
    }

    public String text() {
        return text;
    }

    /** Where the passage occurs in the original text, if it does: its first occurrence. */
    public Optional<Span> find(String passage) {
        String needle = foldPassage(passage);
        if (needle.isEmpty()) return Optional.empty();
        Index in = index();
        int at = in.indexOf(needle);
        if (at < 0) return Optional.empty();
        int last = in.origin[at + needle.length() - 1];
        return Optional.of(new Span(in.origin[at], last + Character.charCount(text.codePointAt(last))));
    }

    private Index index() {
        Index in = index;
        if (in == null) {
            in = new Index(text);
            index = in;
        }
        return in;
    }

    public boolean contains(String passage) {
        return find(passage).isPresent();
    }

    /** The paragraph (line of the article) that holds the span, with the span's place in it. */
    public Paragraph paragraphAround(Span span) {
        int start = text.lastIndexOf('\n', Math.max(0, span.start() - 1)) + 1;
        if (span.start() == 0) start = 0;
        int end = text.indexOf('\n', span.end());
        if (end < 0) end = text.length();
        String paragraph = text.substring(start, end);
        int trimmedEnd = paragraph.stripTrailing().length();
        return new Paragraph(paragraph.substring(0, trimmedEnd),
                new Span(span.start() - start, Math.min(span.end() - start, trimmedEnd)));
    }

    /**
     * The paragraph holding the passage, the passage between » and «; with {@code words} &gt; 0, only that many
     * words are kept on each side of it (… marks the cut). A passage not in the article is shown quoted.
     */
    public String marked(String passage, int words) {
        return find(passage).map(span -> {
            Paragraph p = paragraphAround(span);
            String before = p.text().substring(0, p.passage().start());
            String after = p.text().substring(p.passage().end());
            if (words > 0) {
                before = lastWords(before, words);
                after = firstWords(after, words);
            }
            return before + "»" + p.text().substring(p.passage().start(), p.passage().end()) + "«" + after;
        }).orElse("“" + passage + "”");
    }

    private static String lastWords(String text, int words) {
        String[] w = text.split(" ", -1);
        return w.length <= words ? text : "…" + String.join(" ", java.util.Arrays.copyOfRange(w, w.length - words, w.length));
    }

    private static String firstWords(String text, int words) {
        String[] w = text.split(" ", -1);
        return w.length <= words ? text : String.join(" ", java.util.Arrays.copyOfRange(w, 0, words)) + "…";
    }

    static String foldPassage(String passage) {
        StringBuilder out = new StringBuilder(passage.length());
        boolean pendingSpace = false;
        for (int i = 0; i < passage.length(); ) {
            int cp = passage.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) out.append(' ');
                pendingSpace = false;
                out.appendCodePoint(fold(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int fold(int cp) {
        switch (cp) {
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
                return '\'';
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                return '"';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            default:
                return Character.toLowerCase(cp);
        }
    }

    /**
     * The folded article and where each of its {@link #GRAM}-char pieces occurs, so that a passage is looked for
     * only where its rarest piece is, not along the whole article: a briefing checks thousands of passages.
     */
    static final class Index {
        private static final int GRAM = 8;

        private final String folded;
        /** For each char of {@link #folded}, the index of the original char it came from. */
        private final int[] origin;
        private final int mask;
        /** The positions of the pieces hashing to bucket b: {@code positions[starts[b] .. starts[b + 1])}, in order. */
        private final int[] starts;
        private final int[] positions;

        Index(String text) {
            StringBuilder out = new StringBuilder(text.length());
            int[] map = new int[text.length() + 1];
            boolean pendingSpace = false;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                    pendingSpace = out.length() > 0;
                } else {
                    if (pendingSpace) {
                        map[out.length()] = i;
                        out.append(' ');
                        pendingSpace = false;
                    }
                    int start = out.length();
                    out.appendCodePoint(fold(cp));
                    for (int k = start; k < out.length(); k++) map[k] = i;
                }
                i += Character.charCount(cp);
            }
            folded = out.toString();
            origin = map;
            int pieces = Math.max(0, folded.length() - GRAM + 1);
            mask = (Integer.highestOneBit(Math.max(2, pieces) * 2 - 1) - 1);
            starts = new int[mask + 2];
            positions = new int[pieces];
            int[] bucket = new int[pieces];
            int h = 0;
            for (int i = 0; i < folded.length(); i++) {
                h = roll(h, i >= GRAM ? folded.charAt(i - GRAM) : -1, folded.charAt(i));
                if (i >= GRAM - 1) {
                    bucket[i - GRAM + 1] = bucket(h);
                    starts[bucket(h) + 1]++;
                }
            }
            for (int b = 0; b <= mask; b++) starts[b + 1] += starts[b];
            int[] next = java.util.Arrays.copyOf(starts, mask + 1);
            for (int p = 0; p < pieces; p++) positions[next[bucket[p]]++] = p;
        }

        String folded() {
            return folded;
        }

        /** The first index of {@code needle} in the folded text, or -1: what {@code folded.indexOf} gives. */
        int indexOf(String needle) {
            if (needle.length() < GRAM) return folded.indexOf(needle);
            int best = -1;
            int fewest = Integer.MAX_VALUE;
            int h = 0;
            for (int i = 0; i < needle.length() && fewest > 1; i++) {
                h = roll(h, i >= GRAM ? needle.charAt(i - GRAM) : -1, needle.charAt(i));
                if (i < GRAM - 1) continue;
                int b = bucket(h);
                int count = starts[b + 1] - starts[b];
                if (count < fewest) {
                    fewest = count;
                    best = i - GRAM + 1;
                    if (count == 0) return -1;
                }
            }
            int b = bucketAt(needle, best);
            for (int k = starts[b]; k < starts[b + 1]; k++) {
                int at = positions[k] - best;
                if (at >= 0 && folded.startsWith(needle, at)) return at;
            }
            return -1;
        }

        private int bucketAt(String s, int from) {
            int h = 0;
            for (int i = from; i < from + GRAM; i++) h = roll(h, -1, s.charAt(i));
            return bucket(h);
        }

        /** The hash of a piece after {@code in} joins it and {@code out} (or -1, none) leaves it. */
        private static int roll(int h, int out, int in) {
            if (out >= 0) h -= out * POWER;
            return h * BASE + in;
        }

        private int bucket(int h) {
            int x = h * 0x9E3779B9;
            return (x ^ x >>> 16) & mask;
        }

        private static final int BASE = 31;
        private static final int POWER = pow(BASE, GRAM - 1);

        private static int pow(int base, int exponent) {
            int p = 1;
            for (int i = 0; i < exponent; i++) p *= base;
            return p;
        }
    }

    /** A range of the original text, start inclusive, end exclusive. */
    public record Span(int start, int end) {}

    /** A paragraph and where a passage sits in it. */
    public record Paragraph(String text, Span passage) {}
}
