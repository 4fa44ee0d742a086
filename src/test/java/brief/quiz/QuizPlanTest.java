package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.Item;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizPlanTest {
    private final Briefing b = QuizFixtures.allTypes();

    private static List<String> ids(List<Presented> shown) {
        return shown.stream().map(p -> p.question().id()).toList();
    }

    @Test
    void theSameSeedGivesTheSameQuizAndAnotherSeedAnotherOrder() throws Exception {
        List<Presented> one = new QuizPlan(null, null, null, null, 42).questions(b);
        List<Presented> again = new QuizPlan(null, null, null, null, 42).questions(b);
        assertEquals(one, again);
        assertEquals(7, one.size());
        boolean differs = false;
        for (long seed = 1; seed < 10 && !differs; seed++) {
            differs = !ids(new QuizPlan(null, null, null, null, seed).questions(b)).equals(ids(one));
        }
        assertTrue(differs, "some other seed gives another order");
    }

    @Test
    void countLimitsTheQuiz() throws Exception {
        assertEquals(3, new QuizPlan(3, null, null, null, 1).questions(b).size());
    }

    @Test
    void cardAndTopicFilterTheQuestions() throws Exception {
        assertEquals(Set.of("q-tf", "q-cloze", "q-order"),
                Set.copyOf(ids(new QuizPlan(null, "summit", null, null, 1).questions(b))));
        assertEquals(Set.of("q-choice", "q-multi", "q-num", "q-match"),
                Set.copyOf(ids(new QuizPlan(null, null, "economy", null, 1).questions(b))));
    }

    @Test
    void anUnknownTopicListsTheTopicsThereAre() {
        QuizPlan.PlanException e = assertThrows(QuizPlan.PlanException.class,
                () -> new QuizPlan(null, null, "sports", null, 1).questions(b));
        assertEquals("no topic 'sports'", e.getMessage());
        assertEquals("topics: diplomacy, economy", e.hint());
    }

    @Test
    void mistakesKeepsOnlyTheQuestionsMissed() throws Exception {
        assertEquals(Set.of("q-multi", "q-num"),
                Set.copyOf(ids(new QuizPlan(null, null, null, Set.of("q-multi", "q-num"), 1).questions(b))));
        QuizPlan.PlanException e = assertThrows(QuizPlan.PlanException.class,
                () -> new QuizPlan(null, null, null, Set.of(), 1).questions(b));
        assertEquals("no mistakes to review", e.getMessage());
    }

    @Test
    void anOrderQuestionIsNeverShownAlreadyInOrder() throws Exception {
        for (long seed = 0; seed < 200; seed++) {
            Presented p = Presented.of(QuizFixtures.ORDER, new java.util.Random(seed));
            assertNotEquals(QuizFixtures.ORDER.items(), p.items(), "seed " + seed);
            assertEquals(Set.copyOf(QuizFixtures.ORDER.items()), Set.<Item>copyOf(p.items()));
        }
    }

    @Test
    void aShortQuizTakesTheLowestRankedAndNeverAQuestionTwice() throws Exception {
        java.util.Map<String, Integer> rank = new java.util.HashMap<>();
        List<String> all = ids(new QuizPlan(null, null, null, null, 5).questions(b));
        for (int i = 0; i < all.size(); i++) rank.put(all.get(i), all.size() - i);
        List<String> chosen = ids(new QuizPlan(3, null, null, null, 5, rank).questions(b));
        assertEquals(Set.copyOf(all.subList(all.size() - 3, all.size())), Set.copyOf(chosen), "the three ranked lowest");
        assertEquals(3, Set.copyOf(chosen).size());
    }

    @Test
    void equalRanksKeepTheSeedsChoice() throws Exception {
        java.util.Map<String, Integer> same = new java.util.HashMap<>();
        for (String id : ids(new QuizPlan(null, null, null, null, 1).questions(b))) same.put(id, 0);
        assertEquals(ids(new QuizPlan(3, null, null, null, 1).questions(b)),
                ids(new QuizPlan(3, null, null, null, 1, same).questions(b)), "a reader with no answers gets the seed's quiz");
    }
}
