package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.ContentHash;
import brief.model.Derivation;
import brief.model.Question;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuizSessionTest {
    private static final Duration T = Duration.ofSeconds(3);

    private static QuizSession session(Question... questions) {
        Briefing b = QuizFixtures.briefing(List.of(questions), Derivation.NONE);
        Random r = new Random(1);
        return new QuizSession(b, List.of(questions).stream().map(q -> Presented.of(q, r)).toList());
    }

    @Test
    void walksTheQuestionsKeepingScoreAndPosition() {
        QuizSession s = session(QuizFixtures.CHOICE, QuizFixtures.NUMERIC);
        assertEquals(0, s.index());
        assertEquals(2, s.total());
        assertEquals(3, s.possible());
        Feedback f = s.submit(new Response.Pick("a"), T);
        assertEquals(Verdict.RIGHT, f.verdict());
        assertEquals(1, s.score());
        assertEquals(1, s.possibleSoFar());
        assertEquals(1, s.index());
        s.submit(new Response.Text("250"), T);
        assertTrue(s.finished());
        assertEquals(33, s.summary().percent());
    }

    @Test
    void aMadeHintCostsAQuarterAndSaysSoBeforeItIsTaken() {
        QuizSession s = session(QuizFixtures.NUMERIC);
        assertEquals("costs a quarter of the points", s.hintOffer().orElseThrow().costWords());
        String hint = s.hint();
        assertEquals("It is at least 100 and less than 1,000 billion US dollars.", hint);
        Feedback f = s.submit(new Response.Text("299"), T);
        assertEquals(1.5, f.points(), 1e-9, "2 points less a quarter");
        assertTrue(f.hintUsed());
        assertTrue(f.answered().hintUsed());
    }

    @Test
    void theHintGoesOnlyToTheQuestionItWasAskedFor() {
        QuizSession s = session(QuizFixtures.CHOICE, QuizFixtures.TRUE_FALSE);
        s.hint();
        s.submit(new Response.Pick("a"), T);
        assertEquals(1.0, s.submit(new Response.TrueOrFalse(true), T).points());
    }

    @Test
    void aSkippedQuestionEarnsNothingAndCountsAsMissed() {
        QuizSession s = session(QuizFixtures.CHOICE);
        Feedback f = s.skip(T);
        assertEquals(Verdict.SKIPPED, f.verdict());
        assertTrue(f.answered().skipped());
        assertEquals(1, s.summary().missed().size());
    }

    @Test
    void partialCreditIsPartlyRight() {
        QuizSession s = session(QuizFixtures.MULTI);
        Feedback f = s.submit(new Response.Picks(List.of("a", "b")), T);
        assertEquals(Verdict.PARTLY, f.verdict());
        assertEquals(2 * 2.0 / 3, f.points(), 1e-9);
        assertEquals(1, s.summary().missed().size(), "partly right is listed as missed, to review");
    }

    @Test
    void theStreakCountsRightAnswersInARow() {
        QuizSession s = session(QuizFixtures.CHOICE, QuizFixtures.TRUE_FALSE, QuizFixtures.CLOZE);
        s.submit(new Response.Pick("a"), T);
        s.submit(new Response.TrueOrFalse(true), T);
        assertEquals(2, s.streak());
        s.submit(new Response.Text("wrong"), T);
        assertEquals(0, s.streak());
    }

    @Test
    void theSummaryBreaksDownByCardAndTopic() {
        QuizSession s = session(QuizFixtures.CHOICE, QuizFixtures.TRUE_FALSE, QuizFixtures.NUMERIC);
        s.submit(new Response.Pick("a"), T);
        s.submit(new Response.TrueOrFalse(false), T);
        s.submit(new Response.Text("299"), T);
        Summary sum = s.summary();
        assertEquals(3, sum.points(), 1e-9);
        assertEquals(4, sum.possible());
        assertEquals(List.of("summit", "trade"), sum.byCard().stream().map(Summary.Part::id).toList());
        Summary.Part summit = sum.byCard().get(0);
        assertEquals(0, summit.points(), 1e-9);
        assertEquals(1, summit.possible());
        assertEquals(List.of("diplomacy", "economy"), sum.byTopic().stream().map(Summary.Part::id).toList());
        assertEquals(100, sum.byTopic().get(1).percent());
        assertEquals("q-tf", sum.missed().get(0).shown().question().id());
    }

    @Test
    void quittingEarlyKeepsTheAnswersAndScoresWhatWasAsked() {
        QuizSession s = session(QuizFixtures.CHOICE, QuizFixtures.NUMERIC, QuizFixtures.MATCH);
        s.submit(new Response.Pick("a"), T);
        s.stop();
        assertTrue(s.finished());
        Summary sum = s.summary();
        assertEquals(1, sum.possible());
        assertEquals(2, sum.unanswered());
        assertEquals(100, sum.percent());
    }

    @Test
    void theAnswerRecordCarriesWhatTheStoreNeeds() {
        QuizSession s = session(QuizFixtures.CHOICE);
        Answered a = s.submit(new Response.Pick("b"), T).answered();
        assertEquals("q-choice", a.questionId());
        assertEquals(ContentHash.of(QuizFixtures.CHOICE), a.questionHash());
        assertEquals("trade", a.cardId());
        assertEquals("b", a.response());
        assertEquals(0, a.credit());
        assertEquals(T, a.taken());
    }

    @Test
    void refusesAnswersAfterTheEnd() {
        QuizSession s = session(QuizFixtures.CHOICE);
        s.submit(new Response.Pick("a"), T);
        assertThrows(IllegalStateException.class, () -> s.submit(new Response.Pick("a"), T));
        assertThrows(IllegalStateException.class, s::hint);
    }

    @Test
    void feedbackGivesTheRightAnswerInWords() {
        assertEquals("First → Second → Third → Fourth", session(QuizFixtures.ORDER)
                .submit(new Response.Sequence(List.of("two", "one", "three", "four")), T).rightAnswer());
        assertEquals("299 billion US dollars (± 5)", Explain.rightAnswer(QuizFixtures.NUMERIC));
    }
}
