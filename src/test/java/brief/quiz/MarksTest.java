package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MarksTest {
    private static List<String> marks(brief.model.Question q, Response r) {
        QuizSession s = new QuizSession(QuizFixtures.allTypes(), List.of(Presented.of(q, new Random(1))));
        return s.submit(r, Duration.ZERO).marks().stream().map(Mark::toString).toList();
    }

    @Test
    void eachPickOfAChooseAllIsMarkedAndAMissedOneNamed() {
        assertEquals(List.of("✓ AI", "✗ Steel (not one of them)", "✗ Biomedicine (missed: it is one of them)",
                "✗ Green industries (missed: it is one of them)"),
                marks(QuizFixtures.MULTI, new Response.Picks(List.of("a", "c"))));
    }

    @Test
    void eachPositionOfAnOrderIsMarked() {
        assertEquals(List.of("✓ 1. First", "✗ 2. Third (it comes third)", "✗ 3. Second (it comes second)", "✓ 4. Fourth"),
                marks(QuizFixtures.ORDER, new Response.Sequence(List.of("one", "three", "two", "four"))));
    }

    @Test
    void eachPairOfAMatchIsMarked() {
        assertEquals(List.of("✓ Shinsegae — Retail", "✗ Alibaba — Fish cakes (it is E-commerce)",
                        "✗ Samjinfood — E-commerce (it is Fish cakes)", "✓ Farmstaff — Agritech"),
                marks(QuizFixtures.MATCH, new Response.Pairing(Map.of("x", "x", "y", "z", "z", "y", "w", "w"))));
    }
}
