package brief.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common YAML mistakes in plain words: a quote left open (told at the line where it opened, not where the
 * parser gave up), a colon inside an unquoted value, a tab used to indent.
 */
final class YamlMistakes {
    /** A key or list item whose value opens with a quote mark: the mark and what follows it on the line. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:-\\s+)?(?:[\\w.-]+:\\s+)?([\"'])(.*)$");
    private static final Pattern PLAIN_VALUE = Pattern.compile("^\\s*(?:-\\s+)?([\\w.-]+):\\s+([^\"'\\[{|>#].*)$");

    private YamlMistakes() {}

    /** The mistake a parser's complaint at {@code line} (counted from 1) comes from, or null for none of these. */
    static Problem explain(String name, String text, String problem, int line, int column) {
        String[] lines = text.split("\n", -1);
        String p = problem == null ? "" : problem;
        if (p.contains("\\t(TAB)") || p.contains("'\\t'")) {
            return new Problem(name, line, column, "a tab is used to indent: YAML indents with spaces",
                    "replace the tabs at the start of the line with spaces");
        }
        int open = unclosedQuote(lines, line);
        if (open > 0) {
            return new Problem(name, open, lines[open - 1].indexOf(quoteOf(lines[open - 1])) + 1,
                    "a quoted value opens here and is not closed on its line",
                    "add the closing " + quoteOf(lines[open - 1]) + " at the end of the value");
        }
        if (p.startsWith("mapping values are not allowed") && line >= 1 && line <= lines.length) {
            Matcher m = PLAIN_VALUE.matcher(lines[line - 1]);
            if (m.matches()) {
                return new Problem(name, line, m.start(2) + 1, "the value of '" + Safe.clean(m.group(1))
                        + "' holds a colon followed by a space, which YAML reads as a new key",
                        "put the value in quotes: " + Safe.clean(m.group(1)) + ": \"" + Safe.clean(m.group(2).strip()
                                .replace("\"", "\\\"")) + "\"");
            }
        }
        return null;
    }

    /** The first line up to {@code line} whose quoted value does not end on it, or 0. */
    private static int unclosedQuote(String[] lines, int line) {
        for (int i = 0; i < Math.min(line, lines.length); i++) {
            Matcher m = QUOTED_VALUE.matcher(lines[i]);
            if (!m.matches()) continue;
            if (!closes(m.group(1).charAt(0), m.group(2))) return i + 1;
        }
        return 0;
    }

    private static boolean closes(char quote, String rest) {
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < rest.length() && rest.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return true;
                }
            }
        }
        return false;
    }

    private static char quoteOf(String line) {
        Matcher m = QUOTED_VALUE.matcher(line);
        return m.matches() ? m.group(1).charAt(0) : '"';
    }
}
