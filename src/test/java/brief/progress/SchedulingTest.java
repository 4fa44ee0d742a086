package brief.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.ContentHash;
import brief.model.Evidence;
import brief.model.Question;
import brief.model.Stem;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Schedules replayed from answers, what review asks, and when it says the next questions fall due. */
class SchedulingTest {
    private static final Instant DAY1 = Instant.parse("2026-03-01T09:00:00Z");

    private static Question tf(String id) {
        return new Question.TrueFalse(new Stem(id, "The council met on " + id + ".", "c1", 1, "It did.",
                new Evidence("the council met"), null, false), true);
    }

    private static final List<Question> QUESTIONS = List.of(tf("monday"), tf("tuesday"), tf("wednesday"), tf("thursday"));

    private static Records.Review answer(String id, double credit, Instant at) {
        Question q = QUESTIONS.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new Records.Review(id, ContentHash.of(q), false, credit, false, false, at);
    }

    private static Memory memory(List<Records.Review> reviews) {
        return Memory.replay(QUESTIONS, reviews, Stats.SCHEDULER);
    }

    @Test
    void aGoodReadersIntervalsGrowAndAFailureComesBackTheNextDay() {
        List<Records.Review> reviews = new ArrayList<>();
        Instant at = DAY1;
        List<Long> gaps = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            reviews.add(answer("monday", 1, at));
            Instant due = memory(reviews).schedules().get("monday").due();
            gaps.add(Duration.between(at, due).toDays());
            at = due;
        }
        assertEquals(2L, gaps.get(0), "a first right answer comes back in two days");
        for (int i = 1; i < gaps.size(); i++) {
            assertTrue(gaps.get(i) > 2 * gaps.get(i - 1), "each right answer at its due time: " + gaps);
        }
        reviews.add(answer("monday", 0, at));
        assertTrue(memory(reviews).schedules().get("monday").due().isBefore(at.plus(Duration.ofDays(30))),
                "a lapse after 498 days brings the question back within weeks, not years");
    }

    @Test
    void replayIgnoresAnswersToAnotherWordingAndCountsRetention() {
        Memory m = memory(List.of(new Records.Review("monday", "other-wording", false, 1, false, false, DAY1),
                answer("tuesday", 1, DAY1), answer("tuesday", 0, DAY1.plus(Duration.ofDays(3))),
                answer("wednesday", 1, DAY1), answer("wednesday", 1, DAY1.plus(Duration.ofDays(3)))));
        assertTrue(m.schedules().get("monday").isNew());
        assertEquals(0.5, m.retention().orElseThrow(), 1e-9, "one of two later reviews passed");
    }

    @Test
    void reviewAsksTheMostOverdueFirstThenNewOnesUpToTheDailyLimit() {
        Memory m = memory(List.of(answer("monday", 1, DAY1), answer("tuesday", 0, DAY1.plus(Duration.ofHours(1)))));
        Instant later = DAY1.plus(Duration.ofDays(5));
        List<ReviewPlan.Pick> picks = ReviewPlan.choose(List.of(new ReviewPlan.Briefing("b", m)), later, ZoneOffset.UTC, 20, 1);
        assertEquals(List.of("tuesday", "monday", "wednesday"), picks.stream().map(ReviewPlan.Pick::question).toList(),
                "tuesday fell due on day 2, monday on day 3; then one new question");
        assertEquals(List.of("tuesday"), ReviewPlan.choose(List.of(new ReviewPlan.Briefing("b", m)), later, ZoneOffset.UTC,
                1, 10).stream().map(ReviewPlan.Pick::question).toList(), "--count 1");
    }

    @Test
    void theNewQuestionsAnsweredTodayUseUpTheAllowance() {
        Memory m = memory(List.of(answer("monday", 1, DAY1), answer("tuesday", 1, DAY1)));
        List<ReviewPlan.Pick> picks = ReviewPlan.choose(List.of(new ReviewPlan.Briefing("b", m)),
                DAY1.plus(Duration.ofHours(2)), ZoneOffset.UTC, 20, 3);
        assertEquals(1, picks.size(), "two of three new questions were answered today already");
    }

    @Test
    void saysWhenTheNextQuestionsFallDue() {
        Memory m = memory(List.of(answer("monday", 0, DAY1), answer("tuesday", 0, DAY1), answer("wednesday", 1, DAY1)));
        assertEquals("next: 2 questions tomorrow, 3 in a week",
                ReviewPlan.next(List.of(new ReviewPlan.Briefing("b", m)), DAY1.plusSeconds(60), ZoneOffset.UTC));
        assertEquals("still due now: 2 questions; next: 1 question tomorrow",
                ReviewPlan.next(List.of(new ReviewPlan.Briefing("b", m)), DAY1.plus(Duration.ofDays(1)), ZoneOffset.UTC));
    }

    @Test
    void aShortQuizWantsDueQuestionsThenNewOnesThenTheWeakest() {
        Memory m = memory(List.of(answer("monday", 1, DAY1), answer("tuesday", 0, DAY1),
                answer("wednesday", 1, DAY1), answer("wednesday", 1, DAY1.plus(Duration.ofDays(2)))));
        Map<String, Integer> rank = m.rank(DAY1.plus(Duration.ofDays(2)).plusSeconds(60), Stats.SCHEDULER);
        assertTrue(rank.get("tuesday") < rank.get("monday"), "tuesday was due first");
        assertTrue(rank.get("monday") < rank.get("thursday"), "due before never answered");
        assertTrue(rank.get("thursday") < rank.get("wednesday"), "never answered before one just answered right");
    }
}
