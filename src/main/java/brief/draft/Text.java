package brief.draft;

import java.util.List;
import java.util.Locale;

/** The article as the drafter sees it: paragraphs of sentences of tagged tokens, every text verbatim. */
public final class Text {
    private Text() {}

    /**
     * A word or mark of a sentence.
     *
     * @param tag   its universal part of speech (NOUN, PROPN, VERB, ADJ, PRON, NUM, PUNCT, ...)
     * @param start where it starts in its sentence's text
     */
    public record Token(String text, String tag, int start, int end) {
        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        public boolean is(String... tags) {
            for (String t : tags) if (tag.equals(t)) return true;
            return false;
        }

        /** Nouns, names, verbs and adjectives: the words that say what a sentence is about. */
        public boolean content() {
            return is("NOUN", "PROPN", "VERB", "ADJ", "NUM") && text.length() > 1 && !Words.STOP.contains(lower());
        }
    }

    /** A sentence of a paragraph: {@code text} is exactly as the article has it. */
    public record Sentence(int index, int paragraph, String text, List<Token> tokens) {
        public Sentence {
            tokens = List.copyOf(tokens);
        }

        public int words() {
            return Words.count(text);
        }
    }

    /** A paragraph: its text exactly as in the article, and its sentences. */
    public record Paragraph(int index, String text, List<Sentence> sentences) {
        public Paragraph {
            sentences = List.copyOf(sentences);
        }
    }
}
