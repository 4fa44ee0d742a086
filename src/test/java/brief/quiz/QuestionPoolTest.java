package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import brief.model.Briefing;
import brief.model.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuestionPoolTest {
    private static List<Briefing> briefings() throws Exception {
        List<Briefing> out = new ArrayList<>(Stories.all());
        out.add(QuizFixtures.allTypes());
        out.add(brief.content.Library.load(List.of(), true).find("lee-beijing-visit").briefing());
        return out;
    }

    /** A schedule that wants some questions more than others, so that a short quiz has to choose. */
    private static Map<String, Integer> rank(List<Question> questions) {
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) rank.put(questions.get(i).id(), (i * 7) % 5);
        return rank;
    }

    @Test
    void aPoolReadBackAsksTheQuizThatWorkingItOutAgainWouldAsk() throws Exception {
        for (Briefing b : briefings()) {
            QuestionPool made = QuestionPool.of(b);
            QuestionPool read = QuestionPool.restore(b, List.copyOf(made.derived()), made.pairs());
            assertNotNull(read, b.id() + ": the pool's own pairs belong to it");
            assertEquals(made.questions(), read.questions(), b.id());
            for (long seed = 1; seed <= 15; seed++) {
                for (Integer count : new Integer[] {null, 1, 3}) {
                    QuizPlan plan = new QuizPlan(count, null, null, null, seed, rank(made.questions()));
                    assertEquals(plan.questions(b, made), plan.questions(b, read),
                            b.id() + ", seed " + seed + ", count " + count + ": the quiz read back differs");
                }
            }
        }
    }

    @Test
    void pairsKnownBeforehandArrangeAQuizAsPairsWorkedOutOneByOne() throws Exception {
        for (Briefing b : briefings()) {
            QuestionPool pool = QuestionPool.of(b);
            Random random = new Random(3);
            for (int round = 0; round < 10; round++) {
                List<Question> planned = new ArrayList<>(pool.questions());
                Collections.shuffle(planned, random);
                assertEquals(SessionOrder.arrange(planned), SessionOrder.arrange(planned, pool), b.id() + ", round " + round);
            }
        }
    }

    @Test
    void pairsOfAnotherSizeAreNotTakenForThePoolsOwn() throws Exception {
        Briefing b = QuizFixtures.allTypes();
        QuestionPool made = QuestionPool.of(b);
        assertNull(QuestionPool.restore(b, List.copyOf(made.derived()), new byte[made.questions().size() * made.questions().size()]));
        assertNull(QuestionPool.restore(b, List.copyOf(made.derived()), null), "a small pool always has its pairs");
    }
}
