package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.model.Derivation;
import brief.model.Question;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScoreboardTest {
    private static final Duration T = Duration.ofSeconds(2);

    private static QuizSession session(Question... questions) {
        Random r = new Random(1);
        return new QuizSession(QuizFixtures.briefing(List.of(questions), Derivation.NONE),
                List.of(questions).stream().map(q -> Presented.of(q, r)).toList());
    }

    @Test
    void wholePointsHaveNoDecimalsAndPartialCreditOne() {
        assertEquals("3", Scoreboard.points(3.0));
        assertEquals("0", Scoreboard.points(0));
        assertEquals("1.5", Scoreboard.points(1.5));
        assertEquals("0.7", Scoreboard.points(2.0 / 3));
    }

    @Test
    void barsFillInProportionInEitherStyle() {
        assertEquals("[###.......]", Scoreboard.bar(0.3, 10, Scoreboard.Bar.ASCII));
        assertEquals("███░░", Scoreboard.bar(0.6, 5, Scoreboard.Bar.BLOCKS));
    }

    @Test
    void barsStayInsideTheirCellsWhateverTheShare() {
        assertEquals("[....]", Scoreboard.bar(-1, 4, Scoreboard.Bar.ASCII));
        assertEquals("[####]", Scoreboard.bar(7, 4, Scoreboard.Bar.ASCII));
        assertEquals("[....]", Scoreboard.bar(Scoreboard.share(0, 0), 4, Scoreboard.Bar.ASCII), "nothing possible is 0%");
    }

    @Test
    void theStatusLineSaysWhereTheReaderIsAndTheScoreSoFar() {
        QuizSession s = session(QuizFixtures.CHOICE, QuizFixtures.TRUE_FALSE, QuizFixtures.MULTI, QuizFixtures.CLOZE);
        assertEquals("Question 1 of 4  [....................]  score 0/0", Scoreboard.status(s, 1, Scoreboard.Bar.ASCII));
        s.submit(new Response.Pick("a"), T);
        s.submit(new Response.TrueOrFalse(true), T);
        assertEquals("Question 3 of 4  ██████████░░░░░░░░░░  score 2/2  streak 2",
                Scoreboard.status(s, 3, Scoreboard.Bar.BLOCKS));
        s.submit(new Response.Picks(List.of("a", "b")), T);
        assertEquals("Question 4 of 4  [###############.....]  score 3.3/4", Scoreboard.status(s, 4, Scoreboard.Bar.ASCII));
    }
}
