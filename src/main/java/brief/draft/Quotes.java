package brief.draft;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Direct quotations and who said them: "…," X said; X said "…"; said X; a pronoun; a quote over paragraphs. */
public final class Quotes {
    private static final int MIN_WORDS = 2;
    private static final int SHORT_WORDS = 5;

    private static final java.util.Set<String> SPEAKER_AFTER = java.util.Set.of("said", "says", "added", "adds", "wrote",
            "writes", "explained", "continued", "noted", "argued", "insisted", "replied", "warned", "recalled", "asked");

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
     * A long quotation cut to its longest opening clause of five to twelve words (before a comma, "that" or "and"), else
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
        for (String mark : new String[] {", and ", "; ", " — ", ", but ", ", ", " that ", " and "}) {
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
    public static List<Found> find(List<Text.Paragraph> paragraphs, Names.Found names, List<Text.Sentence> all) {
        List<Found> out = new ArrayList<>();
        Names.Entity open = null;
        Names.Entity lastSpeaker = null;
        int lastSpeakerParagraph = -10;
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
                Text.Sentence sentence = sentenceAt(p, text, start);
                // a quotation of two sentences or more names its speaker where it closes: "… the gangway," said X
                Text.Sentence end = sentenceAt(p, text, i - 1);
                Names.Entity speaker = null;
                String how = null;
                for (Text.Sentence said : Arrays.asList(sentence, end == sentence ? null : end)) {
                    Attribution a = said == null || speaker != null ? null : attribute(said, names, all);
                    if (a != null) {
                        speaker = a.speaker();
                        how = a.how();
                    }
                }
                if (speaker == null && carried != null) {
                    speaker = carried;
                    how = "a quotation running on from the paragraph before";
                }
                // a whole sentence quoted right after another of the same paragraph is the same speaker's, however short
                boolean sameBreath = p.index() == lastSpeakerParagraph && sentence != null
                        && Clauses.withoutDateline(sentence.text()).matches("(?s)^[\u201C\"].*");
                if (speaker == null && (Words.count(words) >= SHORT_WORDS || sameBreath) && lastSpeaker != null
                        && p.index() - lastSpeakerParagraph <= 1 && sentence != null) {
                    speaker = lastSpeaker;
                    how = "no speaker in the sentence: taken to be the last one quoted";
                }
                if (speaker == null) continue;
                int first = sentence == null ? -1 : sentence.index();
                out.add(new Found(words, speaker, p.index(), first, end == null ? first : Math.max(first, end.index()), how));
                lastSpeaker = speaker;
                lastSpeakerParagraph = p.index();
                boolean unclosed = !(text.charAt(i - 1) == '\u201D' || text.charAt(i - 1) == '"') && i >= text.length();
                if (unclosed) open = speaker;
                carried = null;
            }
        }
        return out;
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

    record Attribution(Names.Entity speaker, String how) {}

    /** The speaker a sentence names beside a reporting verb outside its quotation marks. */
    static Attribution attribute(Text.Sentence s, Names.Found names, List<Text.Sentence> all) {
        List<Text.Token> t = s.tokens();
        boolean[] quoted = insideQuotes(s);
        List<Names.Run> runs = Names.runs(s);
        for (int v = 0; v < t.size(); v++) {
            if (quoted[v] || !Words.REPORTING.contains(t.get(v).lower())) continue;
            String verb = t.get(v).text();
            int k = v - 1;
            while (k >= 0 && t.get(k).is("ADV", "AUX")) k--;
            if (k > 0 && t.get(k).text().equals(",")) {
                int open = k - 1;
                while (open > 0 && !t.get(open).text().equals(",")) open--;
                boolean aside = open > 0 && open + 1 < k && (t.get(open + 1).lower().matches("who|which|a|an|the")
                        || Names.possessive(t.get(open + 1)));
                k = aside ? open - 1 : k - 1;
            }
            if (k >= 0 && !quoted[k]) {
                Names.Entity e = nameEndingAt(runs, k, names);
                if (e != null) return new Attribution(e, "“" + e.surname() + " " + verb + "”");
                Names.Entity titled = byRole(t, k, names, s.index());
                if (titled != null) {
                    return new Attribution(titled, "“the " + t.get(k).text() + " " + verb + "” taken to be " + titled.name()
                            + ", whose role it is");
                }
                // "said she hoped": the pronoun of what was said stands for whoever said it, not someone before
                if (Words.PRONOUNS.contains(t.get(k).lower()) && !(k > 0 && Words.REPORTING.contains(t.get(k - 1).lower()))) {
                    Names.Entity last = names.pronounSpeaker(s.index());
                    if (last != null) {
                        return new Attribution(last, "“" + t.get(k).text() + " " + verb + "” taken to be " + last.name()
                                + ", the last person named");
                    }
                }
            }
            for (int a = v + 1; a < Math.min(t.size(), v + 8) && SPEAKER_AFTER.contains(t.get(v).lower()); a++) {
                if (quoted[a]) break;
                Names.Entity e = nameStartingAt(runs, a, names);
                if (e != null) return new Attribution(e, "“" + verb + " " + e.surname() + "”");
                // "said her son, Lars Foss": the name after the description
                Names.Entity described = t.get(a).text().equals(",") && a > v + 1 ? nameStartingAt(runs, a + 1, names) : null;
                if (described != null) return new Attribution(described, "“" + verb + " … " + described.surname() + "”");
                if (t.get(a).is("PUNCT", "VERB")) break;
            }
        }
        return null;
    }

    /** "the mayor said": the person last named before with that word in their role, such as Mayor Siri Lund. */
    private static Names.Entity byRole(List<Text.Token> t, int k, Names.Found names, int sentence) {
        if (k < 1 || !t.get(k).is("NOUN") || !t.get(k - 1).lower().equals("the")) return null;
        String noun = t.get(k).lower();
        Names.Entity best = null;
        int latest = -1;
        for (Names.Entity e : names.people()) {
            if (!java.util.Arrays.asList(e.role().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")).contains(noun)) continue;
            int seen = e.mentions().stream().filter(m -> m <= sentence).mapToInt(Integer::intValue).max().orElse(-1);
            if (seen > latest) {
                latest = seen;
                best = e;
            }
        }
        return best;
    }

    private static Names.Entity nameEndingAt(List<Names.Run> runs, int k, Names.Found names) {
        for (Names.Run r : runs) {
            if (r.last() == k) return names.person(r.name());
        }
        return null;
    }

    private static Names.Entity nameStartingAt(List<Names.Run> runs, int a, Names.Found names) {
        for (Names.Run r : runs) {
            if (r.first() <= a && r.last() >= a) return names.person(r.name());
        }
        return null;
    }
}
