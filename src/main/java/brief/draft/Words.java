package brief.draft;

import java.util.Locale;
import java.util.Set;

/** Small facts about English words that the taggers do not give. */
final class Words {
    private Words() {}

    static final Set<String> STOP = Words.set("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
            "does", "did", "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his",
            "her", "their", "our", "my", "your", "said", "says", "say", "also", "more", "most", "other", "such", "than",
            "then", "there", "which", "who", "whom", "what", "when", "where", "while", "will", "would", "can", "could",
            "should", "may", "might", "must", "not", "no", "new", "one", "two", "first", "last", "about", "after",
            "before", "over", "into", "up", "out", "just", "so", "if", "all", "each", "both", "some", "many", "much",
            "very", "year", "years", "time", "way", "told", "added", "make", "made", "get", "got", "including",
            "according", "well", "even", "still", "only", "own", "same", "mr", "ms", "mrs", "dr");

    /** Verbs that report what someone said, announced, pledged or called for. */
    static final Set<String> REPORTING = Words.set("said", "says", "say", "told", "tells", "added", "adds", "announced",
            "announces", "pledged", "pledges", "promised", "promises", "vowed", "vows", "called", "calls", "urged",
            "urges", "stressed", "stresses", "emphasized", "emphasised", "emphasizes", "noted", "notes", "argued",
            "argues", "claimed", "claims", "insisted", "insists", "warned", "warns", "stated", "states",
            "acknowledged", "acknowledges", "reaffirmed", "reaffirms", "expressed", "hoped", "hopes", "described",
            "describes", "recalled", "recalls", "testified", "testifies", "explained", "explains", "asked", "asks",
            "replied", "wrote", "writes", "suggested", "suggests", "predicted", "predicts", "denied", "denies",
            "admitted", "admits", "confirmed", "confirms", "cautioned", "cautions", "underlined", "highlighted",
            "welcomed", "praised", "criticized", "criticised", "accused", "alleged", "alleges", "countered",
            "conceded", "blamed", "blames", "believes", "believed", "thinks", "proposed", "demanded", "demands", "estimated",
            "estimates", "reported", "reports", "announcing", "saying", "describing", "calling", "speaking");

    /** Adjectives and adverbs by which a writer judges rather than reports. */
    static final Set<String> EVALUATIVE = Words.set("crucial", "vital", "essential", "important", "unparalleled",
            "remarkable", "disastrous", "shameful", "wise", "unwise", "foolish", "reckless", "welcome", "troubling",
            "alarming", "worrying", "excellent", "terrible", "dreadful", "brilliant", "admirable", "deplorable",
            "outrageous", "absurd", "misguided", "sensible", "laudable", "regrettable", "unacceptable", "dangerous",
            "necessary", "urgent", "clearly", "obviously", "surely", "undoubtedly", "rightly", "wrongly", "sadly",
            "fortunately", "unfortunately", "best", "worst", "better", "worse", "tangible", "meaningful", "robust",
            "positive", "negative", "equitable", "fair", "unfair", "cynical", "hollow", "bold", "timid", "short-sighted",
            "overdue", "long-overdue", "fine", "good", "bad", "great", "poor", "stunning", "inspired", "lucky", "deserved");

    /** Modal and predictive phrasings of an author's own view. */
    static final Set<String> PRESCRIPTIVE = Words.set("must", "should", "ought", "need", "needs");

    static final Set<String> FIRST_PERSON = Words.set("i", "we", "my", "our", "us", "me", "ours", "myself", "ourselves");

    static final Set<String> PRONOUNS = Words.set("he", "she", "they");

    /** A set that tolerates a word listed twice. */
    static Set<String> set(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    static int count(String text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !in) n++;
            in = letter;
        }
        return n;
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** A slug of the first few content words: ids stay the same while the wording they come from does. */
    static String slug(String text, int words) {
        StringBuilder out = new StringBuilder();
        int taken = 0;
        for (String w : text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "").split("[^\\p{L}\\p{N}]+")) {
            if (w.isEmpty() || STOP.contains(w) || taken >= words) continue;
            String ascii = java.text.Normalizer.normalize(w, java.text.Normalizer.Form.NFD).replaceAll("[^a-z0-9]", "");
            if (ascii.isEmpty()) continue;
            if (out.length() > 0) out.append('-');
            out.append(ascii);
            taken++;
        }
        return out.length() == 0 ? "item" : out.toString();
    }
}
