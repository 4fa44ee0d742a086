package brief.quiz;

import brief.model.Question;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One question read once for the rules of {@link Facts}: the texts it shows, and the answers that would give it
 * away, each already normalized. Arranging a quiz compares every question with every other, so each text is read
 * once per question here rather than once per pair.
 */
final class Exposure {
    private final Question question;
    private List<Shown> shows;
    private Target target;
    private String evidence;
    private List<String> answers;
    private List<Statement> statements;
    /** A statement has at least this many content words: fewer, and it is a name or a phrase. */
    private static final int STATEMENT_WORDS = 4;
    /** Of the shorter statement's content words, the share the other must have for the two to be one. */
    private static final double SAME_STATEMENT = 0.7;
    private static final java.util.regex.Pattern SENTENCE = java.util.regex.Pattern.compile("[.!?][\"”’)]*$");

    private Exposure(Question question) {
        this.question = question;
    }

    static Exposure of(Question q) {
        return new Exposure(q);
    }

    static List<Exposure> of(List<Question> questions) {
        List<Exposure> out = new ArrayList<>(questions.size());
        for (Question q : questions) out.add(of(q));
        return out;
    }

    Question question() {
        return question;
    }

    /** Whether anything this question shows, before or after it is answered, holds the answer of {@code later}. */
    boolean shows(Exposure later) {
        return later.target().shownIn(shown()) != null;
    }

    /** Whether the two test the same fact: one's evidence holds the other's, their answers are the same, or they offer one statement. */
    boolean sameFact(Exposure other) {
        String ea = evidence();
        String eb = other.evidence();
        if (ea.contains(eb) || eb.contains(ea)) return true;
        for (String x : normalizedAnswers()) {
            if (Facts.distinctive(x) && other.normalizedAnswers().contains(x)) return true;
        }
        return sameStatement(other) != null;
    }

    /** The statement of this question that the other offers too, as told or with a detail changed; null where none is. */
    String sameStatement(Exposure other) {
        for (Statement mine : statements()) {
            for (Statement theirs : other.statements()) if (sameStatement(mine.words(), theirs.words())) return mine.text();
        }
        return null;
    }

    /**
     * Whether two statements are one, as told or with a detail changed ("The region has 340 unfilled posts" and "…
     * 510 unfilled posts"): most of the words of the shorter are the other's. Shown in two questions, the two
     * versions tell a reader that one of them is what the article says.
     */
    private static boolean sameStatement(Set<String> a, Set<String> b) {
        Set<String> shorter = a.size() <= b.size() ? a : b;
        Set<String> longer = shorter == a ? b : a;
        long shared = shorter.stream().filter(longer::contains).count();
        return shared >= STATEMENT_WORDS && shared >= SAME_STATEMENT * shorter.size();
    }

    /** The statements it offers to judge, as their content words: a true-or-false one, options that are sentences. */
    private List<Statement> statements() {
        if (statements == null) {
            List<String> texts = new ArrayList<>();
            if (question instanceof Question.TrueFalse) {
                texts.add(question.stem().prompt().replaceFirst("(?i)^\\s*true or false\\s*[:?.-]?\\s*", ""));
            }
            if (question instanceof Question.Choice c) c.options().forEach(o -> texts.add(o.text()));
            if (question instanceof Question.Multi m) m.options().forEach(o -> texts.add(o.text()));
            List<Statement> out = new ArrayList<>();
            for (String t : texts) {
                Set<String> words = Facts.words(t);
                if (words.size() >= STATEMENT_WORDS && SENTENCE.matcher(t.strip()).find()) out.add(new Statement(t, words));
            }
            statements = out;
        }
        return statements;
    }

    /** A statement offered to judge, and its content words. */
    private record Statement(String text, Set<String> words) {}

    private List<Shown> shown() {
        if (shows == null) {
            List<String> texts = new ArrayList<>(Facts.before(question));
            texts.addAll(Facts.after(question));
            if (question.stem().hint() != null) texts.add(question.stem().hint());
            List<Shown> out = new ArrayList<>(texts.size());
            for (String t : texts) out.add(Shown.of(t));
            shows = out;
        }
        return shows;
    }

    private Target target() {
        if (target == null) target = Target.of(question);
        return target;
    }

    private String evidence() {
        if (evidence == null) evidence = TextAnswers.normalize(question.stem().evidence().passage());
        return evidence;
    }

    private List<String> normalizedAnswers() {
        if (answers == null) answers = Facts.answers(question).stream().map(TextAnswers::normalize).toList();
        return answers;
    }

    /** A text a reader is shown: its normalized form padded with spaces, the numbers it states, its content words. */
    record Shown(String text, String hay, Set<Double> numbers, Set<String> words) {
        static Shown of(String text) {
            return new Shown(text, " " + TextAnswers.normalize(text) + " ", new HashSet<>(Facts.numbersIn(text)),
                    Facts.words(text));
        }
    }

    /**
     * What would give a question's answer away: each distinctive answer phrase, as a phrase and as a number, and
     * the words that tell a text is about this question.
     */
    record Target(List<Phrase> phrases, boolean typed, Set<String> asked, List<String> unit) {
        /** One answer phrase: as written, normalized without a leading article, and its value when all digits. */
        record Phrase(String answer, String needle, Double number, Set<String> own) {}

        static Target of(Question q) {
            List<Phrase> phrases = new ArrayList<>();
            for (String answer : Facts.answers(q)) {
                String needle = Facts.ARTICLE.matcher(TextAnswers.normalize(answer)).replaceFirst("");
                if (!Facts.distinctive(needle)) continue;
                Double number = null;
                if (Facts.DIGITS.matcher(needle).matches()) {
                    number = Numbers.read(answer).map(Numbers.Reading::value).orElse(null);
                }
                phrases.add(new Phrase(answer, needle, number, Facts.words(answer)));
            }
            boolean choice = q instanceof Question.Choice || q instanceof Question.Multi;
            Set<String> asked = choice ? Facts.words(q.stem().prompt() + " " + q.stem().evidence().passage()) : null;
            List<String> unit = q instanceof Question.Numeric n && n.unit() != null ? List.copyOf(Facts.words(n.unit())) : null;
            return new Target(phrases, !(q instanceof Question.Numeric), asked, unit);
        }

        /** The answer phrase that one of {@code texts} shows (the first, text by text), or null. */
        String shownIn(List<Shown> texts) {
            for (Shown t : texts) {
                String shown = shownIn(t);
                if (shown != null) return shown;
            }
            return null;
        }

        String shownIn(Shown text) {
            for (Phrase p : phrases) {
                if (typed && text.hay().contains(" " + p.needle() + " ") && about(text, p)) return p.answer();
                if (p.number() != null && text.numbers().contains(p.number()) && unitNear(text)) return p.answer();
            }
            return null;
        }

        /**
         * Whether a text holding a choice question's answer is about that question: a name among others' options,
         * or "Lind said it" after one quote, tells nothing about another quote; a typed answer seen anywhere is
         * given away.
         */
        private boolean about(Shown text, Phrase p) {
            if (asked == null) return true;
            for (String w : text.words()) {
                if (!p.own().contains(w) && asked.contains(w)) return true;
            }
            return false;
        }

        /** For a number with a unit ("11 years"), whether the text names the unit: "11 months" does not give it. */
        private boolean unitNear(Shown text) {
            if (unit == null) return true;
            for (String w : unit) {
                if (text.words().contains(w) || text.words().contains(Facts.PLURAL.matcher(w).replaceFirst(""))) return true;
            }
            return false;
        }
    }
}
