package brief.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * Someone named again by surname alone in words the tagger does not read as a name: "Okonjo-Reyes rejected the
 * idea", which it splits into "Okonjo-" and "Reyes" and takes for an interjection and a verb. Without it the
 * "she said" after that sentence goes to whoever was named before.
 */
final class Surnames {
    private Surnames() {}

    /** The runs of a sentence that are a surname of someone already found, and that no run of name words covers. */
    static List<Names.Run> missed(Text.Sentence s, List<Names.Run> runs, Names.Found found) {
        List<Text.Token> t = s.tokens();
        List<Names.Run> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (covered(runs, i) || !Character.isUpperCase(t.get(i).text().charAt(0))) continue;
            int j = joined(t, i);
            String word = s.text().substring(t.get(i).start(), t.get(j).end());
            Names.Entity e = surnameOf(found, word);
            boolean speaks = j + 1 < t.size() && (t.get(j + 1).is("VERB", "AUX") || t.get(j + 1).text().equals(","))
                    || i > 0 && Words.REPORTING.contains(t.get(i - 1).lower());
            if (e != null && speaks) out.add(new Names.Run(s.index(), i, j, word, null, null, false));
            i = j;
        }
        return out;
    }

    /** The one person of that surname; null for none, or for two of it ("Hollis" of a mother and her son). */
    private static Names.Entity surnameOf(Names.Found found, String word) {
        List<Names.Entity> bearers = Namesakes.bearers(found, word);
        return bearers.size() == 1 ? bearers.get(0) : null;
    }

    /** The last token of the word that starts at {@code i}, hyphens joined: "Okonjo-" "Reyes", "Osei" "-" "Lund". */
    private static int joined(List<Text.Token> t, int i) {
        int j = i;
        while (j + 1 < t.size() && t.get(j).end() == t.get(j + 1).start()
                && (t.get(j).text().endsWith("-") || t.get(j + 1).text().startsWith("-"))) j++;
        return j;
    }

    private static boolean covered(List<Names.Run> runs, int i) {
        for (Names.Run r : runs) if (r.first() <= i && i <= r.last()) return true;
        return false;
    }
}
