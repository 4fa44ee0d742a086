package brief.draft;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/** Sentences, tokens and parts of speech from Apache OpenNLP's published English models. */
public final class Language {
    private static final String SENTENCES = "/opennlp-en-ud-ewt-sentence-1.1-2.4.0.bin";
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin";
    private static final String TAGS = "/opennlp-en-ud-ewt-pos-1.1-2.4.0.bin";

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    private Language(SentenceModel s, TokenizerModel t, POSModel p) {
        sentences = new SentenceDetectorME(s);
        tokenizer = new TokenizerME(t);
        tagger = new POSTaggerME(p, POSTagFormat.UD);
    }

    /** The English models, read from the classpath; the three load in parallel, as each takes a while. */
    public static Language english() throws IOException {
        quietLogging();
        try {
            var s = java.util.concurrent.CompletableFuture.supplyAsync(() -> load(SENTENCES, SentenceModel::new));
            var t = java.util.concurrent.CompletableFuture.supplyAsync(() -> load(TOKENS, TokenizerModel::new));
            POSModel p = load(TAGS, POSModel::new);
            return new Language(s.join(), t.join(), p);
        } catch (java.util.concurrent.CompletionException | java.io.UncheckedIOException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IOException("cannot load the language models: " + cause.getMessage(), cause);
        }
    }

    /**
     * OpenNLP logs through SLF4J, which the jar carries under a package of its own: its provider is named outright,
     * since its service file keeps the original name, and SLF4J's own notices below warnings are not shown.
     */
    private static void quietLogging() {
        String moved = String.join(".", "brief", "draft", "shaded", "slf4j", "nop", "NOPServiceProvider");
        boolean relocated = Language.class.getResource("/" + moved.replace('.', '/') + ".class") != null;
        System.setProperty("slf4j.provider", relocated ? moved : "org.slf4j.nop.NOPServiceProvider");
        System.setProperty("slf4j.internal.verbosity", "WARN");
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = Language.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("the model " + resource + " is missing from the build");
            return reader.read(new java.io.BufferedInputStream(in, 1 << 16));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each paragraph split into sentences of tagged tokens; sentence indices run through the whole article. */
    public List<Text.Paragraph> analyse(List<String> paragraphs) {
        List<Text.Paragraph> out = new ArrayList<>();
        int index = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            List<Text.Sentence> list = new ArrayList<>();
            List<int[]> spans = new ArrayList<>();
            for (Span span : sentences.sentPosDetect(text)) {
                int[] last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last != null && abbreviationSplit(text.substring(last[0], last[1]), text.substring(span.getStart(), span.getEnd()))) {
                    last[1] = span.getEnd();
                } else {
                    spans.add(new int[] {span.getStart(), span.getEnd()});
                }
            }
            for (int[] span : spans) {
                String sentence = text.substring(span[0], span[1]).strip();
                if (sentence.isEmpty()) continue;
                list.add(new Text.Sentence(index++, p, sentence, tokens(sentence)));
            }
            out.add(new Text.Paragraph(p, text, list));
        }
        return out;
    }

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:\\b(?:\\p{Lu}\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|No|Jan|Feb|Aug|Sept|Oct|Nov|Dec|vs|Inc|Ltd|Co|Corp)\\.)$");
    private static final java.util.Set<String> STARTERS = java.util.Set.of("The", "A", "An", "He", "She", "It", "They",
            "We", "I", "In", "But", "And", "This", "That", "These", "Those", "On", "At", "For", "As", "After", "When");

    /** A break the model made after "U.N." or "Dr." before a name, or before a dash, not at the end of a sentence. */
    static boolean abbreviationSplit(String before, String after) {
        String next = after.strip();
        // "REDDING FALLS, Ore. — Firefighters …": a dash after a dateline's abbreviation goes on with the sentence
        if (next.startsWith("—") || next.startsWith("–")) return true;
        if (!ABBREVIATION.matcher(before.strip()).find()) return false;
        if (next.isEmpty() || !Character.isUpperCase(next.charAt(0))) return !next.isEmpty();
        return !STARTERS.contains(next.split("\\s+")[0]);
    }

    private List<Text.Token> tokens(String sentence) {
        Span[] spans = tokenizer.tokenizePos(sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        String[] tags = tagger.tag(words);
        List<Text.Token> out = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            out.add(new Text.Token(words[i], tags[i], spans[i].getStart(), spans[i].getEnd()));
        }
        return out;
    }
}
