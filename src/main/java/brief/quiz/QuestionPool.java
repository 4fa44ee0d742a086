package brief.quiz;

import brief.model.Briefing;
import brief.model.Question;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every question of a briefing (its own, then those derived from it), with which two test one fact and which shows
 * another's answer: what arranging a quiz asks of every pair. It follows from the briefing alone, so it can be kept
 * beside the briefing and read back at the next quiz instead of being worked out again.
 */
public final class QuestionPool {
    /** Above this many questions the pairs are worked out as a quiz asks for them, not all kept: they grow as n². */
    static final int MOST_KEPT = 1000;

    private final List<Question> questions;
    private final int authored;
    private final Map<Question, Integer> index = new IdentityHashMap<>();
    private final Pairs pairs;

    private QuestionPool(List<Question> questions, int authored, Pairs pairs) {
        this.questions = List.copyOf(questions);
        this.authored = authored;
        this.pairs = pairs;
        for (int i = 0; i < this.questions.size(); i++) index.putIfAbsent(this.questions.get(i), i);
    }

    /** The briefing's questions and their pairs, all worked out now (as a quiz needs them, for a very large pool). */
    public static QuestionPool of(Briefing b) {
        List<Question> all = new ArrayList<>(b.questions());
        all.addAll(DerivedQuestions.from(b));
        List<Exposure> exposed = Exposure.of(all);
        Pairs pairs = all.size() <= MOST_KEPT ? Known.of(exposed) : new Worked(exposed);
        return new QuestionPool(all, b.questions().size(), pairs);
    }

    /**
     * The pool as {@link #of} made it before: the briefing, the questions derived from it then, and {@link #pairs()};
     * null when they cannot belong together.
     */
    public static QuestionPool restore(Briefing b, List<Question> derived, byte[] pairs) {
        List<Question> all = new ArrayList<>(b.questions());
        all.addAll(derived);
        int n = all.size();
        if (pairs == null) return n > MOST_KEPT ? new QuestionPool(all, b.questions().size(), new Worked(Exposure.of(all))) : null;
        if (n > MOST_KEPT || pairs.length > Known.bytes(n)) return null;
        return new QuestionPool(all, b.questions().size(), new Known(n, BitSet.valueOf(pairs)));
    }

    /** Every question, the briefing's own first. */
    public List<Question> questions() {
        return questions;
    }

    /** The questions derived from the briefing. */
    public List<Question> derived() {
        return questions.subList(authored, questions.size());
    }

    /** Every pair's relations as bytes for {@link #restore}; null when they were not all worked out. */
    public byte[] pairs() {
        return pairs instanceof Known k ? k.bits.toByteArray() : null;
    }

    /** Where the question is in the pool, or -1 for one not in it. */
    int indexOf(Question q) {
        return index.getOrDefault(q, -1);
    }

    boolean sameFact(int a, int b) {
        return pairs.sameFact(a, b);
    }

    boolean shows(int a, int b) {
        return pairs.shows(a, b);
    }

    /** Which pairs test one fact, and which question shows which one's answer, by position in a list. */
    interface Pairs {
        boolean sameFact(int a, int b);

        boolean shows(int a, int b);
    }

    /** Pairs worked out when asked, each once when the list is small enough to remember them all. */
    static final class Worked implements Pairs {
        private final List<Exposure> questions;
        private final BitSet asked;
        private final BitSet shown;

        Worked(List<Exposure> questions) {
            this.questions = questions;
            boolean remember = questions.size() <= MOST_KEPT;
            asked = remember ? new BitSet() : null;
            shown = remember ? new BitSet() : null;
        }

        public boolean sameFact(int a, int b) {
            return questions.get(a).sameFact(questions.get(b));
        }

        public boolean shows(int a, int b) {
            if (asked == null) return questions.get(a).shows(questions.get(b));
            int bit = a * questions.size() + b;
            if (!asked.get(bit)) {
                asked.set(bit);
                if (questions.get(a).shows(questions.get(b))) shown.set(bit);
            }
            return shown.get(bit);
        }
    }

    /** Every pair worked out: two bits a pair, one fact and shows, row by row. */
    static final class Known implements Pairs {
        private final int n;
        private final BitSet bits;

        Known(int n, BitSet bits) {
            this.n = n;
            this.bits = bits;
        }

        static Known of(List<Exposure> questions) {
            int n = questions.size();
            BitSet bits = new BitSet(2 * n * n);
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    if (a == b) continue;
                    // Testing one fact is the same both ways round.
                    boolean same = b < a ? bits.get(2 * (b * n + a)) : questions.get(a).sameFact(questions.get(b));
                    if (same) bits.set(2 * (a * n + b));
                    if (questions.get(a).shows(questions.get(b))) bits.set(2 * (a * n + b) + 1);
                }
            }
            return new Known(n, bits);
        }

        static int bytes(int n) {
            return (2 * n * n + 7) / 8;
        }

        public boolean sameFact(int a, int b) {
            return a == b || bits.get(2 * (a * n + b));
        }

        public boolean shows(int a, int b) {
            return bits.get(2 * (a * n + b) + 1);
        }
    }
}
