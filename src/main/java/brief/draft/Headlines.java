package brief.draft;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An event told in fewer words, the way a headline tells it: the article dropped, then what qualifies the subject
 * ("Schools in the Redding Falls district will stay closed": schools will stay closed), then the places and times
 * at the end or a second thing done, before any word is cut from the end.
 */
final class Headlines {
    private static final Set<String> QUALIFYING = Words.set("for", "of", "in", "at", "from", "with", "on", "near", "across");
    private static final Set<String> TRAILING = Words.set("in", "at", "on", "along", "across", "near", "into", "from", "for",
            "with", "after", "before", "during", "under", "over", "through", "by");

    private Headlines() {}

    /** Ever shorter forms of an event's words, the words' parts of speech read from the sentence they come from. */
    static List<String> shorter(String what, Text.Sentence s) {
        Map<String, String> tags = new HashMap<>();
        for (Text.Token t : s.tokens()) tags.putIfAbsent(t.lower(), t.tag());
        List<String> words = new ArrayList<>(List.of(what.replaceFirst("[.!?…]+$", "").split("\\s+")));
        List<String> out = new ArrayList<>();
        if (words.size() > 1 && words.get(0).toLowerCase(Locale.ROOT).matches("the|a|an")) {
            words.remove(0);
            add(out, words);
        }
        int verb = 1;
        while (verb < words.size() && !tag(tags, words.get(verb)).matches("VERB|AUX")) verb++;
        // "The share of cells that pass checks rose": the verb of a clause within the subject is not the sentence's
        boolean within = false;
        for (int k = 1; k < verb && verb < words.size(); k++) within |= words.get(k).toLowerCase(Locale.ROOT).matches("that|which|who|whose");
        for (int k = 1; k < verb && verb < words.size() && !within; k++) {
            // "three months of pay talks ended": what a quantity is of is the subject itself
            if (tag(tags, words.get(k - 1)).equals("NUM") || k > 1 && tag(tags, words.get(k - 2)).equals("NUM")) continue;
            if (QUALIFYING.contains(words.get(k).toLowerCase(Locale.ROOT)) && tag(tags, words.get(k - 1)).matches("NOUN|PROPN")) {
                words.subList(k, verb).clear();
                verb = k;
                add(out, words);
                break;
            }
        }
        for (int k = verb + 2; k + 1 < words.size(); k++) {
            // "lasted 23 days and ended with a new contract": the first of two things done
            if (words.get(k).equals("and") && tag(tags, words.get(k + 1)).equals("VERB")) {
                words.subList(k, words.size()).clear();
                add(out, words);
                break;
            }
        }
        for (int k = words.size() - 1; k > verb + 1; k--) {
            // a phrase with a number in it says how much, which is the news
            boolean figure = String.join(" ", words.subList(k, words.size())).matches(".*\\d.*");
            if (TRAILING.contains(words.get(k).toLowerCase(Locale.ROOT)) && tag(tags, words.get(k)).equals("ADP") && !figure) {
                words.subList(k, words.size()).clear();
                add(out, words);
            }
        }
        return out;
    }

    /** The longest of the forms within {@code most} words, else the shortest cut to that many with a mark that it goes on. */
    static String within(String what, List<String> shorter, int most) {
        if (Words.count(what) <= most) return what;
        for (String form : shorter) if (Words.count(form) <= most) return form;
        String shortest = shorter.isEmpty() ? what : shorter.get(shorter.size() - 1);
        String[] w = shortest.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, most - 1)).replaceAll("[,;:.]$", "") + " …";
    }

    private static void add(List<String> out, List<String> words) {
        out.add(Words.capitalized(String.join(" ", words).replaceAll("[,;:]$", "")) + ".");
    }

    private static final Set<String> AUXILIARIES = Words.set("was", "were", "is", "are", "has", "have", "had", "will", "would");

    /** A word's part of speech in the sentence; a verb the event's words add ("was published") is one too. */
    private static String tag(Map<String, String> tags, String word) {
        if (AUXILIARIES.contains(word.toLowerCase(Locale.ROOT))) return "AUX";
        return tags.getOrDefault(word.toLowerCase(Locale.ROOT).replaceAll("^\\p{P}+|\\p{P}+$", ""), "");
    }
}
