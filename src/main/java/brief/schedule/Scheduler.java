package brief.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * When to ask a question again, from FSRS's memory state after each answer: it falls due when the predicted
 * chance of recall drops to the desired retention. Learning steps (minutes apart, before days) are optional.
 */
public final class Scheduler {
    private static final double SECONDS_A_DAY = 86_400;

    private final Fsrs fsrs;
    private final double desiredRetention;
    private final List<Duration> learningSteps;
    private final List<Duration> relearningSteps;
    private final int maximumDays;

    public Scheduler(Fsrs fsrs, double desiredRetention, List<Duration> learningSteps, List<Duration> relearningSteps,
                     int maximumDays) {
        fsrs.interval(1, desiredRetention); // refuses a retention outside (0, 1)
        if (maximumDays < 1) throw new IllegalArgumentException("maximum interval must be at least a day");
        this.fsrs = fsrs;
        this.desiredRetention = desiredRetention;
        this.learningSteps = List.copyOf(learningSteps);
        this.relearningSteps = List.copyOf(relearningSteps);
        this.maximumDays = maximumDays;
    }

    /**
     * Whole days, no learning steps: brief's quizzes are days apart and never ask a question twice in a session
     * (the retry at the end is a same-day review, which FSRS's short-term formula covers).
     */
    public static Scheduler days(double desiredRetention) {
        return new Scheduler(Fsrs.DEFAULT, desiredRetention, List.of(), List.of(), 36_500);
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    /** The schedule after answering with {@code rating} at {@code at}. */
    public Schedule review(Schedule s, Rating rating, Instant at) {
        MemoryState memory = s.isNew() ? fsrs.first(rating) : fsrs.next(s.memory(), wholeDays(s.lastReview(), at), rating);
        int lapses = s.lapses() + (s.state() == Schedule.State.REVIEW && rating == Rating.AGAIN ? 1 : 0);
        Step next;
        switch (s.state()) {
            case NEW:
                next = stepping(learningSteps, 0, rating, memory, Schedule.State.LEARNING);
                break;
            case LEARNING:
                next = stepping(learningSteps, s.step(), rating, memory, Schedule.State.LEARNING);
                break;
            case RELEARNING:
                next = stepping(relearningSteps, s.step(), rating, memory, Schedule.State.RELEARNING);
                break;
            case REVIEW:
                next = rating == Rating.AGAIN && !relearningSteps.isEmpty()
                        ? new Step(Schedule.State.RELEARNING, 0, relearningSteps.get(0)) : review(memory);
                break;
            default:
                throw new IllegalStateException("unknown state " + s.state());
        }
        return new Schedule(next.state, next.step, memory, at, at.plus(next.until), s.reviews() + 1, lapses);
    }

    /** The chance of recalling the question at {@code now}; 0 for one never answered. */
    public double retrievability(Schedule s, Instant now) {
        if (s.isNew()) return 0;
        double days = Duration.between(s.lastReview(), now).toMillis() / 1000.0 / SECONDS_A_DAY;
        return fsrs.retrievability(s.memory().stability(), days);
    }

    /** Days until recall falls to the desired retention: whole, at least one, at most the maximum. */
    public long intervalDays(double stability) {
        double days = Math.rint(fsrs.interval(stability, desiredRetention));
        return (long) Math.min(maximumDays, Math.max(1, days));
    }

    private record Step(Schedule.State state, int step, Duration until) {}

    private Step review(MemoryState memory) {
        return new Step(Schedule.State.REVIEW, 0, Duration.ofDays(intervalDays(memory.stability())));
    }

    private Step stepping(List<Duration> steps, int step, Rating rating, MemoryState memory, Schedule.State learning) {
        if (steps.isEmpty() || step >= steps.size() && rating.recalled()) return review(memory);
        switch (rating) {
            case AGAIN:
                return new Step(learning, 0, steps.get(0));
            case HARD:
                if (step == 0 && steps.size() == 1) return new Step(learning, 0, steps.get(0).multipliedBy(3).dividedBy(2));
                if (step == 0) return new Step(learning, 0, steps.get(0).plus(steps.get(1)).dividedBy(2));
                return new Step(learning, step, steps.get(step));
            case GOOD:
                if (step + 1 >= steps.size()) return review(memory);
                return new Step(learning, step + 1, steps.get(step + 1));
            case EASY:
                return review(memory);
            default:
                throw new IllegalStateException("unknown rating " + rating);
        }
    }

    /** Whole days between two reviews, as FSRS counts them; a clock set back counts as the same day. */
    private static long wholeDays(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toDays());
    }
}
