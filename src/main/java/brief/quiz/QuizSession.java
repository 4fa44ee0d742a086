package brief.quiz;

import brief.model.Briefing;
import brief.model.ContentHash;
import brief.model.Question;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A quiz being taken: fed one answer at a time, it returns feedback and keeps the score. Both front ends
 * drive this same object; it knows nothing of terminals or storage.
 */
public final class QuizSession {
    private final Briefing briefing;
    private final List<Presented> questions;
    private final List<Feedback> feedback = new ArrayList<>();
    private Hint hinted;
    private boolean quit;
    private int streak;

    public QuizSession(Briefing briefing, List<Presented> questions) {
        if (questions.isEmpty()) throw new IllegalArgumentException("a quiz needs at least one question");
        this.briefing = briefing;
        this.questions = List.copyOf(questions);
    }

    public Briefing briefing() {
        return briefing;
    }

    /** 0-based index of the current question; equals {@link #total()} when finished. */
    public int index() {
        return feedback.size();
    }

    public int total() {
        return questions.size();
    }

    public boolean finished() {
        return quit || feedback.size() == questions.size();
    }

    public boolean quit() {
        return quit;
    }

    public Presented current() {
        requireOpen();
        return questions.get(feedback.size());
    }

    public boolean hintUsed() {
        return hinted != null;
    }

    /** The hint the current question offers, if any, with its cost: to be said before it is taken. */
    public java.util.Optional<Hint> hintOffer() {
        requireOpen();
        return Hints.offer(current());
    }

    /** Takes the current question's hint, which lowers what it can earn by the hint's cost; null when none. */
    public String hint() {
        requireOpen();
        if (hinted != null) return hinted.text();
        hinted = Hints.offer(current()).orElse(null);
        return hinted == null ? null : hinted.text();
    }

    /** What the current question shows above its prompt before it is answered: its topic, never its card's title. */
    public String topic() {
        return briefing.topicOf(current().question().card());
    }

    public Feedback submit(Response response, Duration taken) {
        Presented shown = current();
        Question q = shown.question();
        Grade grade = Grading.grade(q, response);
        double points = q.difficulty() * grade.credit() * (hinted == null ? 1 : 1 - hinted.cost());
        return record(shown, Verdict.of(grade.credit()), grade, points, response.describe(), false, taken,
                Marks.of(q, response));
    }

    /** Passes over the current question: it earns nothing and counts as missed. */
    public Feedback skip(Duration taken) {
        Presented shown = current();
        return record(shown, Verdict.SKIPPED, Grade.of(0), 0, "", true, taken, List.of());
    }

    /** Ends the quiz early; the answers given so far stand. */
    public void stop() {
        quit = true;
    }

    private Feedback record(Presented shown, Verdict verdict, Grade grade, double points, String response,
                            boolean skipped, Duration taken, List<Mark> marks) {
        Question q = shown.question();
        Answered answered = new Answered(q.id(), ContentHash.of(q), q.card(), response, grade.credit(), points,
                q.difficulty(), hinted != null, skipped, taken);
        Feedback f = new Feedback(verdict, points, q.difficulty(), hinted != null, grade.typoForgiven(),
                Explain.rightAnswer(q), q.stem().explain(), q.stem().evidence().passage(), grade.whys(), answered,
                briefing.card(q.card()).map(brief.model.Card::title).orElse(""), marks);
        feedback.add(f);
        hinted = null;
        streak = verdict == Verdict.RIGHT ? streak + 1 : 0;
        return f;
    }

    /** Points earned so far. */
    public double score() {
        return feedback.stream().mapToDouble(Feedback::points).sum();
    }

    /** Points that could have been earned on the questions answered so far. */
    public int possibleSoFar() {
        return feedback.stream().mapToInt(Feedback::possible).sum();
    }

    /** Points the whole quiz is worth. */
    public int possible() {
        return questions.stream().mapToInt(p -> p.question().difficulty()).sum();
    }

    /** Right answers in a row, up to now. */
    public int streak() {
        return streak;
    }

    public Summary summary() {
        List<Summary.Asked> asked = new ArrayList<>();
        for (int i = 0; i < feedback.size(); i++) asked.add(new Summary.Asked(questions.get(i), feedback.get(i)));
        int unanswered = questions.size() - feedback.size();
        int possible = quit ? possibleSoFar() : possible();
        return Summary.of(briefing, asked, possible, unanswered);
    }

    private void requireOpen() {
        if (finished()) throw new IllegalStateException("the quiz is over");
    }
}
