package brief.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RatingTest {
    @Test
    void fullCreditWithoutAHintIsGood() {
        assertEquals(Rating.GOOD, Rating.of(1, false, false));
    }

    @Test
    void halfCreditOrAHintIsHard() {
        assertEquals(Rating.HARD, Rating.of(0.5, false, false), "half of a choose-all question");
        assertEquals(Rating.HARD, Rating.of(0.83, false, false), "most pairs of a match");
        assertEquals(Rating.HARD, Rating.of(1, true, false), "right, but after a hint");
        assertEquals(Rating.HARD, Rating.of(0.5, true, false), "half, after a hint");
    }

    @Test
    void lessThanHalfOrASkipIsAgainEvenWithAHint() {
        assertEquals(Rating.AGAIN, Rating.of(0.49, false, false));
        assertEquals(Rating.AGAIN, Rating.of(0, true, false), "a hint does not make a wrong answer Hard");
        assertEquals(Rating.AGAIN, Rating.of(0, false, true), "skipped");
    }
}
