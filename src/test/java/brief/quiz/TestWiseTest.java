package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.model.Briefing;
import brief.model.Question;
import org.junit.jupiter.api.Test;

class TestWiseTest {
    /** Form alone may not beat a blind guess by more than this many percentage points. */
    private static final double MARGIN = 5;

    static void assertFair(String what, Briefing b) {
        assertFair(what, QuizPlan.allQuestions(b));
    }

    static void assertFair(String what, java.util.List<brief.model.Question> questions) {
        TestWise.Score s = TestWise.score(questions);
        System.out.println("test-wise solver on " + what + ": " + s);
        assertTrue(s.solverPercent() - s.chancePercent() <= MARGIN,
                "answering " + what + " from the form of its questions alone scores " + s);
    }

    @Test
    void theShippedBriefingCannotBePassedWithoutReadingIt() throws Exception {
        assertFair("the shipped briefing", shipped());
    }

    @Test
    void theShippedBriefingsAuthoredQuestionsCannotBePassedWithoutReadingThem() throws Exception {
        assertFair("the shipped briefing's authored questions", shipped().questions());
    }

    @Test
    void briefingsOfOtherKindsCannotBePassedWithoutReadingThem() {
        for (Briefing b : Stories.all()) assertFair("the " + b.id() + " briefing", b);
    }

    @Test
    void theDerivedQuestionsOfOtherKindsCannotBePassedWithoutReadingThem() {
        java.util.List<brief.model.Question> derived = new java.util.ArrayList<>();
        for (Briefing b : Stories.all()) {
            // without the authored questions, which would leave some facts to them
            derived.addAll(DerivedQuestions.from(Stories.briefing(b.id(), b.cards(), b.figures(), b.people(), b.quotes(),
                    b.timeline(), java.util.List.of())));
        }
        assertFair("the questions derived from them", derived);
    }

    private static Question.Choice amounts(String prompt, String answer, String... texts) {
        java.util.List<brief.model.Option> options = new java.util.ArrayList<>();
        for (String t : texts) options.add(Stories.o(String.valueOf((char) ('a' + options.size())), t));
        String key = options.stream().filter(o -> o.text().equals(answer)).findFirst().orElseThrow().id();
        return new Question.Choice(Stories.stem("q-" + Integer.toHexString(answer.hashCode()), "c", prompt, "e"), options, key);
    }

    private static Question.TrueFalse statement(String text, boolean answer) {
        return new Question.TrueFalse(Stories.stem("q-" + Integer.toHexString(text.hashCode()), "c", "True or false: " + text, "e"), answer);
    }

    @Test
    void learnsTheShareByWhichWrongAmountsWereScaledAndPicksTheAmountTheyCameFrom() {
        java.util.List<Question> qs = java.util.List.of(
                amounts("How many ferries?", "16", "12", "16", "20", "24"),
                amounts("How many berths?", "28", "28", "35", "42", "49"),
                amounts("How long is the crossing?", "40 minutes", "30 minutes", "40 minutes", "50 minutes", "60 minutes"));
        TestWise.Score s = TestWise.score(qs);
        assertEquals(3, s.solver(), 1e-9, "the right amount is the one whose quarter is the step: " + s);
    }

    @Test
    void picksTheAmountAllTheOthersAreMultiplesOf() {
        TestWise.Score s = TestWise.score(java.util.List.of(amounts("How many cabins?", "14", "14", "28", "42", "56")));
        assertEquals(1, s.solver(), 1e-9, s.toString());
    }

    @Test
    void picksTheOnlyRoundAmount() {
        TestWise.Score s = TestWise.score(java.util.List.of(
                amounts("What did the pier cost?", "€640,000", "€517,300", "€640,000", "€712,900", "€803,100")));
        assertEquals(1, s.solver(), 1e-9, s.toString());
    }

    @Test
    void picksAMiddleAmountWhereNothingElseTells() {
        TestWise.Score s = TestWise.score(java.util.List.of(amounts("How many passengers?", "23", "17", "23", "38", "52")));
        assertEquals(0.5, s.solver(), 1e-9, "one of the middle two, 17 < 23 < 38 < 52: " + s);
    }

    @Test
    void callsAStatementTrueWhereItsFormSaysNothing() {
        TestWise.Score s = TestWise.score(java.util.List.of(statement("The ferry sails at dawn.", true),
                statement("The ferry carries 300 cars.", true), statement("The harbour closed in 2019.", false)));
        assertEquals(2, s.solver(), 1e-9, "two of three are true: " + s);
    }

    @Test
    void callsAStatementThatIsNoSentenceFalse() {
        TestWise.Score s = TestWise.score(java.util.List.of(statement("The harbour master, Oda Rein, said.", false)));
        assertEquals(1, s.solver(), 1e-9, s.toString());
    }

    @Test
    void leavesABrokenSentenceOutOfItsChoices() {
        Question.Multi q = new Question.Multi(Stories.stem("q-m", "c", "Which of these does the article report?", "e"),
                java.util.List.of(Stories.o("a", "The harbour master, Oda Rein, said."), 
                        Stories.o("b", "The ferry sails at dawn from the north pier."), Stories.o("c", "The pier was rebuilt."),
                        Stories.o("d", "Tickets cost more.")), java.util.List.of("b"));
        TestWise.Score s = TestWise.score(java.util.List.of(q));
        assertEquals(1, s.solver(), 1e-9, "of the two longer than the rest, the one that is no sentence is left out: " + s);
    }

    private static Briefing shipped() throws Exception {
        return Library.load(java.util.List.of(), true).find("lee-beijing-visit").briefing();
    }
}
