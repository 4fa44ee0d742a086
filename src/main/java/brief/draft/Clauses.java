package brief.draft;

import java.util.List;
import java.util.Set;

/** A sentence cut to its main clause where that keeps it true: an opening phrase or a trailing aside goes. */
public final class Clauses {
    private static final Set<String> KEEP_OPENERS = Words.set("if", "unless", "without", "despite", "except", "only", "not");
    private static final int LONG = 22;

    private Clauses() {}

    public static String mainClause(Text.Sentence s) {
        List<Text.Token> t = s.tokens();
        boolean[] quoted = Quotes.insideQuotes(s);
        String text = s.text();
        int from = 0;
        int to = text.length();
        int comma = firstComma(t, quoted);
        if (comma > 0 && comma < t.size() * 0.45 && comma + 1 < t.size()) {
            Text.Token opener = t.get(0);
            Text.Token next = t.get(comma + 1);
            boolean leadingPhrase = opener.is("ADP", "SCONJ", "ADV") || opener.lower().endsWith("ing")
                    || opener.lower().endsWith("ed") || opener.lower().equals("for");
            if (leadingPhrase && !KEEP_OPENERS.contains(opener.lower()) && next.is("DET", "PROPN", "PRON", "NOUN", "ADJ", "NUM")
                    && !Words.REPORTING.contains(opener.lower())) {
                from = next.start();
            }
        }
        for (int i = Math.max(comma + 2, 3); i + 1 < t.size(); i++) {
            if (quoted[i] || !t.get(i).text().equals(",")) continue;
            Text.Token after = t.get(i + 1);
            boolean aside = (after.lower().endsWith("ing") && after.is("VERB"))
                    || (after.lower().equals("which") && i > t.size() / 2);
            if (aside && Words.count(text.substring(from, t.get(i).start())) >= 8) {
                to = t.get(i).start();
                break;
            }
        }
        String clause = text.substring(from, to).strip();
        if (Words.count(clause) > LONG) clause = cutAtConjunction(clause);
        clause = clause.replaceAll("[,;:\\s—–-]+$", "");
        if (!clause.matches("(?s).*[.!?\"”)]$")) clause += ".";
        return Words.capitalized(clause);
    }

    private static String cutAtConjunction(String clause) {
        int best = -1;
        for (String mark : new String[] {"; ", ", and ", " — ", ", but ", ", while "}) {
            int at = clause.indexOf(mark);
            if (at > 0 && Words.count(clause.substring(0, at)) >= 10 && (best < 0 || at < best)) best = at;
        }
        if (best < 0 || unbalanced(clause.substring(0, best))) return clause;
        return clause.substring(0, best);
    }

    private static boolean unbalanced(String text) {
        int straight = 0;
        int open = 0;
        for (char c : text.toCharArray()) {
            if (c == '"') straight++;
            if (c == '\u201C') open++;
            if (c == '\u201D') open--;
        }
        return straight % 2 != 0 || open != 0;
    }

    private static int firstComma(List<Text.Token> t, boolean[] quoted) {
        for (int i = 0; i < t.size(); i++) if (!quoted[i] && t.get(i).text().equals(",")) return i;
        return -1;
    }
}
