package brief.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A short, stable fingerprint of a question's content: an edited question gets a new one, so answers given to
 * the old wording are not counted towards the new question's memory. It covers what the reader is asked and
 * what counts as right (type, prompt, options, answers, tolerance, unit, items, pairs), each field written out
 * with its length, so that the fingerprint depends on nothing Java leaves unspecified. Explanations, hints,
 * evidence and points are left out: rewording them does not change what the reader had to remember.
 */
public final class ContentHash {
    /**
     * Fingerprints worked out before, by the very question object, as the briefing cache keeps them: the hashing is
     * most of what replaying a quiz's answers costs before its first question. A memo, not a store: it forgets all
     * when full.
     */
    private static final Map<Question, String> KNOWN = Collections.synchronizedMap(new IdentityHashMap<>());
    private static final int KNOWN_AT_MOST = 100_000;

    private ContentHash() {}

    public static String of(Question question) {
        String known = KNOWN.get(question);
        return known != null ? known : worked(question);
    }

    /** Takes the fingerprint {@link #of} gave for this question's content earlier, in this run or another. */
    public static void known(Question question, String fingerprint) {
        if (KNOWN.size() >= KNOWN_AT_MOST) KNOWN.clear();
        KNOWN.put(question, fingerprint);
    }

    private static String worked(Question question) {
        Canonical c = new Canonical().add("brief-question-2").add(question.getClass().getSimpleName())
                .add(question.stem().prompt());
        question.accept(new Question.Visitor<Void>() {
            public Void choice(Question.Choice q) {
                options(c, q.options()).add(q.answer());
                return null;
            }

            public Void multi(Question.Multi q) {
                options(c, q.options()).add(q.answers());
                return null;
            }

            public Void trueFalse(Question.TrueFalse q) {
                c.add(Boolean.toString(q.answer()));
                return null;
            }

            public Void cloze(Question.Cloze q) {
                c.add(q.answer()).add(q.accept());
                return null;
            }

            public Void numeric(Question.Numeric q) {
                // Double.toString is specified to the digit: the shortest text that reads back as the same double.
                c.add(Double.toString(q.answer())).add(Double.toString(q.tolerance())).add(String.valueOf(q.unit()));
                return null;
            }

            public Void order(Question.Order q) {
                for (Item i : q.items()) c.add(i.id()).add(i.text());
                return null;
            }

            public Void match(Question.Match q) {
                for (Pair p : q.pairs()) c.add(p.id()).add(p.left()).add(p.right());
                return null;
            }
        });
        return c.hash();
    }

    /**
     * The fingerprint brief 0.1.0 stored: of the record's {@code toString()}, whose format Java leaves
     * unspecified. Used only to carry answers saved by that release over to {@link #of}.
     */
    public static String legacy(Question question) {
        return sha256(question.toString()).substring(0, 16);
    }

    private static Canonical options(Canonical c, List<Option> options) {
        for (Option o : options) c.add(o.id()).add(o.text());
        return c;
    }

    /** Fields, each as its length in UTF-16 units, a colon and the text, so that no two lists read alike. */
    private static final class Canonical {
        private final StringBuilder text = new StringBuilder();

        Canonical add(String field) {
            text.append(field.length()).append(':').append(field).append(';');
            return this;
        }

        Canonical add(List<String> fields) {
            text.append('[').append(fields.size()).append(']');
            fields.forEach(this::add);
            return this;
        }

        String hash() {
            return sha256(text.toString()).substring(0, 16);
        }
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
