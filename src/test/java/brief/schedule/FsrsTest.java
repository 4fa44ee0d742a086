package brief.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Published vectors of the reference implementations: fsrs-rs (src/inference.rs tests) and py-fsrs (tests/test_basic.py). */
class FsrsTest {
    private static final Rating A = Rating.AGAIN, H = Rating.HARD, G = Rating.GOOD, E = Rating.EASY;

    /** fsrs-rs's test parameters: FSRS-5's 19, with FSRS-6's two added as fsrs-rs fills them (no short-term decay, 0.5). */
    private static final double[] FSRS5_TEST = {0.6845422, 1.6790825, 4.7349424, 10.042885, 7.4410233, 0.64219797,
        1.071918, 0.0025195254, 1.432437, 0.1544, 0.8692766, 2.0696752, 0.0953, 0.2975, 2.4691248, 0.19542035,
        3.201072, 0.18046261, 0.121442534, 0.0, 0.5};

    private static MemoryState replay(Fsrs fsrs, Rating[] ratings, int[] daysBefore) {
        MemoryState m = fsrs.first(ratings[0]);
        for (int i = 1; i < ratings.length; i++) m = fsrs.next(m, daysBefore[i], ratings[i]);
        return m;
    }

    @Test
    void memoryStateAfterAgainThenFiveGoodsMatchesTheReference() {
        MemoryState m = replay(Fsrs.DEFAULT, new Rating[] {A, G, G, G, G, G}, new int[] {0, 0, 1, 3, 8, 21});
        assertEquals(53.62691, m.stability(), 1e-4, "stability");
        assertEquals(6.3574867, m.difficulty(), 1e-4, "difficulty");
    }

    @Test
    void withTheShortTermFrozenTheSameDaysGiveTheReferenceState() {
        double[] w = Fsrs.DEFAULT_PARAMETERS.clone();
        w[17] = w[18] = w[19] = 0;
        MemoryState m = replay(new Fsrs(w), new Rating[] {A, G, G, G, G, G}, new int[] {0, 0, 1, 3, 8, 21});
        assertEquals(53.335106, m.stability(), 1e-4, "stability");
        assertEquals(6.3574867, m.difficulty(), 1e-4, "difficulty");
    }

    @Test
    void otherParametersGiveTheirReferenceStates() {
        Fsrs fsrs = new Fsrs(FSRS5_TEST);
        MemoryState m = replay(fsrs, new Rating[] {A, G, G, G}, new int[] {0, 1, 3, 8});
        double[][] expected = {{2.9691455, 8.000659}, {17.091452, 7.6913934}, {31.722992, 7.382128}, {71.7502, 7.0728626}};
        Rating[] each = {A, H, G, E};
        for (int i = 0; i < 4; i++) {
            MemoryState after = fsrs.next(m, 21, each[i]);
            assertEquals(expected[i][0], after.stability(), 1e-3, each[i] + " stability");
            assertEquals(expected[i][1], after.difficulty(), 1e-4, each[i] + " difficulty");
            assertEquals(expected[i][0], fsrs.interval(after.stability(), 0.9), 1e-3, "at 90% the interval is the stability");
        }
        MemoryState good = fsrs.next(new MemoryState(20.925528, 7.005062), 21, G);
        assertEquals(40.87456, good.stability(), 1e-3);
        assertEquals(6.9913807, good.difficulty(), 1e-4);
    }

    @Test
    void intervalForEachDesiredRetentionMatchesTheReference() {
        long[] expected = {3116766, 34793, 2508, 387, 90, 27, 9, 3, 1};
        for (int i = 1; i <= 9; i++) {
            long days = Math.max(1, Math.round(Fsrs.DEFAULT.interval(1, i / 10.0)));
            // fsrs-rs computes in 32-bit floats, which round 3.1 million days 3 days off.
            assertEquals(expected[i - 1], days, expected[i - 1] * 2e-6, "desired retention " + i / 10.0);
        }
    }

    @Test
    void retrievabilityFollowsThePowerCurveOfTheDecay() {
        double[] w = Fsrs.DEFAULT_PARAMETERS.clone();
        w[20] = 0.2;
        Fsrs fsrs = new Fsrs(w);
        assertEquals(1.0, fsrs.retrievability(1, 0), 1e-9);
        assertEquals(0.9, fsrs.retrievability(1, 1), 1e-6);
        assertEquals(0.84028935, fsrs.retrievability(1, 2), 1e-6);
        assertEquals(0.7985001, fsrs.retrievability(1, 3), 1e-6);
    }

    @Test
    void sameDayReviewsUseTheShortTermFormulaAndAGoodNeverLowersStability() {
        MemoryState m = new MemoryState(10, 5);
        MemoryState sameDay = Fsrs.DEFAULT.next(m, 0, G);
        MemoryState nextDay = Fsrs.DEFAULT.next(m, 1, G);
        assertTrue(sameDay.stability() >= m.stability(), "a same-day Good keeps or raises stability");
        assertTrue(sameDay.stability() < nextDay.stability(), "a same-day Good raises it less than a day later");
        assertTrue(Fsrs.DEFAULT.next(m, 0, A).stability() < m.stability(), "a same-day Again lowers it");
    }

    @Test
    void difficultyMovesLessNearTheTopAndStaysWithinOneToTen() {
        double fromMiddle = Fsrs.DEFAULT.nextDifficulty(5, A) - 5;
        double fromHigh = Fsrs.DEFAULT.nextDifficulty(9, A) - 9;
        assertTrue(fromHigh < fromMiddle, "linear damping: " + fromHigh + " vs " + fromMiddle);
        double d = 9;
        for (int i = 0; i < 50; i++) d = Fsrs.DEFAULT.nextDifficulty(d, A);
        assertTrue(d <= 10 && d > 9.9, "fifty lapses leave difficulty just under 10: " + d);
        assertEquals(1.0, Fsrs.DEFAULT.first(E).difficulty(), 1e-9, "Easy's start is below 1, so it is held at 1");
    }

    @Test
    void refusesParametersOfAnotherVersion() {
        assertThrows(IllegalArgumentException.class, () -> new Fsrs(new double[19]));
    }
}
