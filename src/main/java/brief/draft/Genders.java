package brief.draft;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an article calls a person he or she, from what it says of them: a form of address ("Ms Maddox"), a word
 * of family or office ("her son, Lars Foss", "spokeswoman"), or a he or she right after a sentence whose one subject
 * they are. Two people quoted in turn are told apart by it: the "he replied" after a woman spoke is not hers.
 */
final class Genders {
    enum Gender { HE, SHE }

    private static final Set<String> ADDRESS_HE = Words.set("mr", "mr.", "sir", "lord", "king", "prince", "father", "fr.");
    private static final Set<String> ADDRESS_SHE = Words.set("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen",
            "princess", "sister");
    private static final Set<String> NOUNS_HE = Words.set("spokesman", "chairman", "councilman", "congressman",
            "assemblyman", "alderman", "businessman", "sportsman", "father", "son", "husband", "brother", "widower",
            "grandfather", "grandson", "uncle", "nephew", "boyfriend", "man", "boy", "king", "prince");
    private static final Set<String> NOUNS_SHE = Words.set("spokeswoman", "chairwoman", "councilwoman", "congresswoman",
            "assemblywoman", "businesswoman", "sportswoman", "mother", "daughter", "wife", "sister", "widow",
            "grandmother", "granddaughter", "aunt", "niece", "girlfriend", "woman", "girl", "queen", "princess", "actress");
    /** What a title or family word counts for against one he or she: it is what the article calls the person. */
    private static final int NAMED = 3;

    private Genders() {}

    /** The gender a pronoun asks for: "he" a man, "she" a woman, "they" anyone. */
    static Gender of(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his" -> Gender.HE;
            case "she", "her", "hers" -> Gender.SHE;
            default -> null;
        };
    }

    /** What the form of address before a name says ("Ms Maddox", "Mr. Achterberg"), or null. */
    static Gender address(List<Text.Token> t, int first) {
        int k = first - 1;
        // the tokenizer may part the full stop from the title
        if (k > 0 && t.get(k).text().equals(".")) k--;
        if (k < 0) return null;
        String word = t.get(k).lower() + (k + 1 < first && t.get(k + 1).text().equals(".") ? "." : "");
        return ADDRESS_HE.contains(word) ? Gender.HE : ADDRESS_SHE.contains(word) ? Gender.SHE : null;
    }

    /** Each person the article gives a gender, where what it says of them agrees (twice as much one way as the other). */
    static Map<Names.Entity, Gender> learn(List<Text.Sentence> sentences, Names.Found found) {
        Map<Names.Entity, int[]> votes = new IdentityHashMap<>();
        for (Names.Entity e : found.people()) vote(votes, e, ofRole(e.role()), NAMED);
        for (Text.Sentence s : sentences) {
            for (Names.Run r : found.runsOf(s)) {
                // "Mr Hollis" of two Hollises says nothing yet of either
                Names.Entity e = Namesakes.shared(found, r.name()) ? null : found.person(r.name());
                if (e != null) vote(votes, e, address(s.tokens(), r.first()), NAMED);
            }
            if (s.index() == 0 || !found.namedIn(s.index()).isEmpty()) continue;
            // "Wierzba was more cautious. He said …": the pronoun of a sentence that names no one is the one subject before
            List<Names.Entity> before = found.subjectsOf(s.index() - 1);
            if (before.stream().distinct().count() != 1 || found.namedIn(s.index() - 1).stream().distinct().count() != 1) continue;
            vote(votes, before.get(0), ofPronoun(s), 1);
        }
        Map<Names.Entity, Gender> out = new IdentityHashMap<>();
        votes.forEach((e, v) -> {
            if (v[0] > 2 * v[1]) out.put(e, Gender.HE);
            else if (v[1] > 2 * v[0]) out.put(e, Gender.SHE);
        });
        return out;
    }

    private static void vote(Map<Names.Entity, int[]> votes, Names.Entity e, Gender g, int weight) {
        if (g != null) votes.computeIfAbsent(e, k -> new int[2])[g.ordinal()] += weight;
    }

    /** "her son", "the skipper's widow": the word for who the person is, not whose ("Mr Tollis's barrister"). */
    private static Gender ofRole(String role) {
        String head = role.toLowerCase(Locale.ROOT).split(",| of | for | at | in | who | whose | from ")[0];
        String[] words = head.split("[^\\p{L}'’]+");
        for (int i = words.length - 1; i >= 0 && !words[i].matches(".*['’]s|.*s['’]"); i--) {
            if (NOUNS_HE.contains(words[i])) return Gender.HE;
            if (NOUNS_SHE.contains(words[i])) return Gender.SHE;
        }
        return null;
    }

    /** The he or she of a sentence outside its quotation: one opening it, or one beside a reporting verb. */
    private static Gender ofPronoun(Text.Sentence s) {
        List<Text.Token> t = s.tokens();
        boolean[] quoted = Quotes.insideQuotes(s);
        for (int i = 0; i < t.size(); i++) {
            String w = t.get(i).lower();
            Gender g = of(w);
            if (quoted[i] || g == null) continue;
            boolean subject = w.equals("he") || w.equals("she");
            // "said his team had found", but not "told her", whose her is someone else
            boolean speaking = subject && i + 1 < t.size() && Words.REPORTING.contains(t.get(i + 1).lower())
                    || (subject || w.equals("his")) && i > 0 && Words.REPORTING.contains(t.get(i - 1).lower());
            if (i == 0 && !w.equals("him") || speaking) return g;
        }
        return null;
    }
}
