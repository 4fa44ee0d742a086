package brief.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Rating A = Rating.AGAIN, G = Rating.GOOD, E = Rating.EASY;
    private static final Rating[] REVIEW_CARD = {G, G, G, G, G, G, A, A, G, G, G, G, G};
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");

    /** py-fsrs's defaults: learning steps of 1 and 10 minutes, relearning of 10, no fuzz. */
    private static final Scheduler PY_FSRS = new Scheduler(Fsrs.DEFAULT, 0.9,
            List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36_500);

    @Test
    void eachReviewAtItsDueTimeGivesTheReferenceIntervalsWithLearningSteps() {
        Schedule s = Schedule.NEW;
        Instant at = START;
        List<Long> days = new ArrayList<>();
        for (Rating r : REVIEW_CARD) {
            s = PY_FSRS.review(s, r, at);
            days.add(Duration.between(s.lastReview(), s.due()).toDays());
            at = s.due();
        }
        assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L), days);
        assertEquals(13, s.reviews());
        assertEquals(1, s.lapses(), "one Again in review; the second was while relearning");
    }

    @Test
    void learningStepsChangeWhenQuestionsAreAskedButNotWhatAnAnswerDoesToMemory() {
        Scheduler days = Scheduler.days(0.9);
        Schedule stepped = Schedule.NEW;
        Schedule plain = Schedule.NEW;
        Instant at = START;
        for (Rating r : REVIEW_CARD) {
            stepped = PY_FSRS.review(stepped, r, at);
            plain = days.review(plain, r, at);
            assertEquals(stepped.memory(), plain.memory(), "the same answers at the same times give the same memory");
            assertEquals(Schedule.State.REVIEW, plain.state(), "without steps every answered question is in review");
            at = stepped.due();
        }
    }

    @Test
    void memoStateVectorHoldsThroughTheScheduler() {
        Schedule s = Schedule.NEW;
        Instant at = START;
        int[] daysBefore = {0, 0, 1, 3, 8, 21};
        Rating[] ratings = {A, G, G, G, G, G};
        for (int i = 0; i < ratings.length; i++) {
            at = at.plus(Duration.ofDays(daysBefore[i]));
            s = Scheduler.days(0.9).review(s, ratings[i], at);
        }
        assertEquals(53.62691, s.memory().stability(), 1e-4);
        assertEquals(6.3574867, s.memory().difficulty(), 1e-4);
        assertEquals(Duration.ofDays(54), Duration.between(s.lastReview(), s.due()), "due when recall falls to 90%");
    }

    @Test
    void repeatedEasyAnswersBringDifficultyToItsFloor() {
        Schedule s = Schedule.NEW;
        for (int i = 0; i < 10; i++) s = PY_FSRS.review(s, E, START.plusNanos(1000L * i));
        assertEquals(1.0, s.memory().difficulty(), 1e-12);
    }

    @Test
    void aHigherDesiredRetentionAsksSooner() {
        Schedule at90 = Scheduler.days(0.9).review(Schedule.NEW, E, START);
        Schedule at97 = Scheduler.days(0.97).review(Schedule.NEW, E, START);
        assertTrue(at97.due().isBefore(at90.due()), at97.due() + " should be before " + at90.due());
    }

    @Test
    void aFailedNewQuestionIsDueTheNextDayAndRecallFadesUntilThen() {
        Scheduler days = Scheduler.days(0.9);
        Schedule s = days.review(Schedule.NEW, A, START);
        assertEquals(START.plus(Duration.ofDays(1)), s.due());
        assertFalse(s.dueBy(START.plus(Duration.ofHours(23))));
        assertTrue(s.dueBy(s.due()));
        assertEquals(1.0, days.retrievability(s, START), 1e-9);
        assertTrue(days.retrievability(s, START.plus(Duration.ofDays(30))) < days.retrievability(s, s.due()));
        assertEquals(0.0, days.retrievability(Schedule.NEW, START), "never answered counts as not known");
    }
}
