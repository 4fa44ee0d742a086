package brief.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Direct quotations and who said them (see {@link Speakers} for the forms a sentence names its speaker in), a
 * quotation running on over paragraphs, and a sentence all quotation after the last speaker's; a quotation no one
 * is found to speak (a sign, a report, a scare-quoted phrase) is left out rather than given to someone.
 */
public final class Quotes {
    private static final int MIN_WORDS = 2;
    private static final int SHORT_WORDS = 5;
    /** The opening of a quotation split by its attribution is a quote of its own from this many words. */
    private static final int SPLIT_OPENING = 4;

    private Quotes() {}

    /**
     * A quotation found.
     *
     * @param text     the words between the marks, verbatim
     * @param speaker  the person who said them
     * @param sentence the index of the sentence it starts in
     * @param how      how the speaker was found, for the author to check
     */
    /** A quotation, its speaker, and the sentences it spans: from {@code sentence} to {@code last}. */
    public record Found(String text, Names.Entity speaker, int paragraph, int sentence, int last, String how) {}

    /**
     * A long quotation cut to its longest opening clause of five to twelve words (before a full stop, a comma, "that"
     * or "and"), else
     * its longest such clause after one, which is still verbatim; a short one, or one that will not cut, as it is.
     */
    static String shortened(String text) {
        return shortened(text, 12);
    }

    /** The same, to a clause of at most {@code most} words: room is short. */
    static String shortened(String text, int most) {
        if (Words.count(text) <= most) return text;
        int least = Math.min(5, most / 2);
        String best = null;
        boolean opening = false;
        // the first sentence of a quotation of several is its own opening clause
        for (String mark : new String[] {". ", ", and ", "; ", " — ", ", but ", ", ", " that ", " and "}) {
            for (int at = text.indexOf(mark); at > 0; at = text.indexOf(mark, at + 1)) {
                String[] parts = {text.substring(0, at), text.substring(at + mark.length())};
                for (int i = 0; i < 2; i++) {
                    int n = Words.count(parts[i]);
                    // the quotation's opening words are the ones a reader will know it by
                    boolean better = best == null || (i == 0 && !opening) || (i == 0) == opening && n > Words.count(best);
                    if (n >= least && n <= most && better) {
                        best = parts[i].strip();
                        opening = i == 0;
                    }
                }
            }
            if (best != null) return best;
        }
        return text;
    }

    /**
     * What a quotation's sentence says around it, for a context that does not repeat it: the words outside the marks,
     * without the speaker's name and the title or description beside it ("said she hoped both sides would"); "said"
     * when nothing else is left.
     */
    static String setting(Text.Sentence s, String speaker) {
        List<Text.Token> t = s.tokens();
        boolean[] quoted = insideQuotes(s);
        boolean[] drop = new boolean[t.size()];
        java.util.Set<String> name = Words.set(speaker.toLowerCase(java.util.Locale.ROOT).split(" "));
        for (int i = 0; i < t.size(); i++) {
            if (quoted[i] || !name.contains(t.get(i).lower())) continue;
            drop[i] = true;
            // "City Councillor Anita Ruiz": the title words before the name go with it
            for (int k = i - 1; k >= 0 && !quoted[k] && (Names.nameWord(t, k) || Names.TITLES.contains(t.get(k).lower())); k--) {
                drop[k] = true;
            }
            int after = i + 1;
            if (after < t.size() && t.get(after).text().equals(",") && !name.contains(t.get(Math.min(after + 1, t.size() - 1)).lower())) {
                // ", the president of Local 912" after the name, to the next comma or the end
                int k = after + 1;
                while (k < t.size() && !quoted[k] && !t.get(k).text().equals(",")) k++;
                for (int j = after; j < k && j < t.size(); j++) drop[j] = true;
                if (k < t.size() && t.get(k).text().equals(",")) drop[k] = true;
            }
            int before = i - 1;
            while (before >= 0 && drop[before]) before--;
            if (before >= 0 && t.get(before).text().equals(",")) {
                // "The authority's chief executive, Howard Lindqvist": the description that opens the sentence
                int k = before - 1;
                while (k >= 0 && !quoted[k] && !t.get(k).text().equals(",")) k--;
                if (k < 0) for (int j = 0; j <= before; j++) drop[j] = true;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            if (drop[i]) continue;
            int end = i + 1 < t.size() ? t.get(i + 1).start() : s.text().length();
            if (quoted[i]) {
                if (i == 0 || !quoted[i - 1] || drop[i - 1]) out.append("… ");
                continue;
            }
            out.append(s.text(), t.get(i).start(), Math.max(t.get(i).end(), end));
        }
        String left = out.toString().replaceAll("\\s+", " ").replaceAll("^[\\s…,;:.—–-]+|[\\s…,;:.—–-]+$", "");
        String[] w = left.split(" ");
        // "he said", "the mayor said": only who said it, which the speaker's name tells already
        if (w.length <= 3 && Words.REPORTING.contains(w[w.length - 1].toLowerCase(java.util.Locale.ROOT))) return w[w.length - 1];
        return left.matches("(?s).*\\p{L}.*") ? left : "said";
    }

    /**
     * A context cut to the words that report the quotation ("told", "called", "according to"), for when room is
     * short; one of three words or fewer as it is, and "said" when no such word is in it.
     */
    static String reported(String context) {
        String[] w = context.split("\\s+");
        if (w.length <= 3) return context;
        for (int i = 0; i < w.length; i++) {
            String word = w[i].toLowerCase(java.util.Locale.ROOT).replaceAll("\\W+$", "");
            if (word.equals("according") && i + 1 < w.length && w[i + 1].startsWith("to")) return "according to";
            if (Words.REPORTING.contains(word)) return word;
        }
        return "said";
    }

    /** For each character of a text, whether it lies between quotation marks (the marks themselves count). */
    static boolean[] insideChars(String text, boolean openAtStart) {
        boolean[] inside = new boolean[text.length()];
        boolean in = openAtStart || startsInside(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || (c == '"' && opens(text, i))) {
                in = true;
                inside[i] = true;
            } else if (c == '\u201D' || c == '"') {
                inside[i] = true;
                in = false;
            } else {
                inside[i] = in;
            }
        }
        return inside;
    }

    /** A closing mark before any opening one: the text starts inside a quotation begun earlier. */
    private static boolean startsInside(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201C' || (c == '"' && opens(text, i))) return false;
            if (c == '\u201D' || c == '"') return true;
        }
        return false;
    }

    private static boolean opens(String text, int i) {
        boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after;
    }

    /** For each token of a sentence, whether it is inside a quotation. */
    public static boolean[] insideQuotes(Text.Sentence s) {
        boolean[] chars = insideChars(s.text(), false);
        boolean[] out = new boolean[s.tokens().size()];
        for (int i = 0; i < out.length; i++) {
            int at = s.tokens().get(i).start();
            out[i] = at < chars.length && chars[at];
        }
        return out;
    }

    /** Every quotation of two words or more whose speaker the text makes clear. */
    public static List<Found> find(List<Text.Paragraph> paragraphs, Names.Found names) {
        List<Found> out = new ArrayList<>();
        Names.Entity open = null;
        Names.Entity lastSpeaker = null;
        int lastSpeakerParagraph = -10;
        int lastSpeakerSentence = -1;
        for (Text.Paragraph p : paragraphs) {
            String text = p.text();
            boolean continuing = open != null && (text.startsWith("\u201C") || text.startsWith("\""));
            Names.Entity carried = continuing ? open : null;
            open = null;
            boolean[] inside = insideChars(text, false);
            int i = 0;
            while (i < text.length()) {
                if (!inside[i]) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < text.length() && inside[i]) i++;
                String words = words(text, start, i);
                if (words == null || Words.count(words) < MIN_WORDS) continue;
                // "“That difference,” she said, “is the closest thing …”": the opening words alone say nothing
                if (Words.count(words) < SPLIT_OPENING && continuedAfter(text, inside, i)) continue;
                Text.Sentence sentence = sentenceAt(p, text, start);
                // a quotation of two sentences or more names its speaker where it closes: "… the gangway," said X
                Text.Sentence end = sentenceAt(p, text, i - 1);
                Names.Entity speaker = null;
                String how = null;
                for (Text.Sentence said : Arrays.asList(sentence, end == sentence ? null : end)) {
                    Speakers.Attribution a = said == null || speaker != null ? null : Speakers.of(said, names);
                    if (a != null) {
                        speaker = a.speaker();
                        how = a.how();
                    }
                }
                if (speaker == null && carried != null) {
                    speaker = carried;
                    how = "a quotation running on from the paragraph before";
                }
                // a sentence that is all quotation, right after the last speaker's, with no one else named between, is
                // theirs; a quotation set in a sentence of other words (a sign that "read", a report that "described")
                // is not, whoever spoke last
                boolean wholly = sentence != null && whollyQuoted(sentence)
                        && nobodyElseNamed(names, lastSpeaker, lastSpeakerSentence + 1, sentence.index());
                // a whole sentence quoted right after another of the same paragraph is the same speaker's, however short
                boolean sameBreath = p.index() == lastSpeakerParagraph;
                if (speaker == null && wholly && (Words.count(words) >= SHORT_WORDS || sameBreath) && lastSpeaker != null
                        && p.index() - lastSpeakerParagraph <= 1) {
                    speaker = lastSpeaker;
                    how = "no speaker in the sentence: taken to be the last one quoted";
                }
                if (speaker == null) {
                    // someone the article does not name spoke ("one supporter said"): what follows is not the last
                    // speaker's either
                    if (Words.count(words) >= SHORT_WORDS || sentence != null && reports(sentence)) lastSpeaker = null;
                    continue;
                }
                int first = sentence == null ? -1 : sentence.index();
                out.add(new Found(words, speaker, p.index(), first, end == null ? first : Math.max(first, end.index()), how));
                lastSpeaker = speaker;
                lastSpeakerParagraph = p.index();
                lastSpeakerSentence = end == null ? first : Math.max(first, end.index());
                boolean unclosed = !(text.charAt(i - 1) == '\u201D' || text.charAt(i - 1) == '"') && i >= text.length();
                if (unclosed) open = speaker;
                carried = null;
            }
        }
        return out;
    }

    /**
     * The quotation closing at {@code end} goes on after a few words outside the marks, in lower case, within the
     * sentence: "“A tax measure,” she said, “could not …”".
     */
    private static boolean continuedAfter(String text, boolean[] inside, int end) {
        int next = end;
        while (next < text.length() && !inside[next]) next++;
        if (next >= text.length() || next - end > 40 || text.substring(end, next).matches("(?s).*[.!?].*")) return false;
        int letter = next;
        while (letter < text.length() && !Character.isLetter(text.charAt(letter))) letter++;
        return letter < text.length() && Character.isLowerCase(text.charAt(letter));
    }

    /** A reporting verb outside the sentence's quotation marks: someone is said to speak in it. */
    private static boolean reports(Text.Sentence s) {
        boolean[] quoted = insideQuotes(s);
        for (int i = 0; i < quoted.length; i++) if (!quoted[i] && Words.REPORTING.contains(s.tokens().get(i).lower())) return true;
        return false;
    }

    /** No word of the sentence outside quotation marks. */
    private static boolean whollyQuoted(Text.Sentence s) {
        boolean[] quoted = insideQuotes(s);
        for (int i = 0; i < quoted.length; i++) {
            if (!quoted[i] && Words.count(s.tokens().get(i).text()) > 0) return false;
        }
        return true;
    }

    /** No one but {@code speaker} is named in the sentences {@code from} to before {@code to}. */
    private static boolean nobodyElseNamed(Names.Found names, Names.Entity speaker, int from, int to) {
        for (int i = from; i < to; i++) {
            for (Names.Entity e : names.namedIn(i)) if (e != speaker) return false;
        }
        return true;
    }

    private static boolean isMark(char c) {
        return c == '\u201D' || c == '"' || c == '\u201C';
    }

    /** The words between the marks, without the marks and the comma or full stop before the closing one. */
    private static String words(String text, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && (isMark(text.charAt(a)) || Character.isWhitespace(text.charAt(a)))) a++;
        while (b > a && (isMark(text.charAt(b - 1)) || Character.isWhitespace(text.charAt(b - 1))
                || ",;:".indexOf(text.charAt(b - 1)) >= 0)) b--;
        if (b > a && text.charAt(b - 1) == '.' && !text.substring(a, b).contains(". ")) b--;
        return a < b ? text.substring(a, b) : null;
    }

    private static Text.Sentence sentenceAt(Text.Paragraph p, String text, int at) {
        int cursor = 0;
        Text.Sentence best = null;
        for (Text.Sentence s : p.sentences()) {
            int found = text.indexOf(s.text(), cursor);
            if (found < 0) continue;
            if (found <= at) best = s;
            if (found + s.text().length() > at && found <= at) return s;
            cursor = found + s.text().length();
        }
        return best;
    }
}
