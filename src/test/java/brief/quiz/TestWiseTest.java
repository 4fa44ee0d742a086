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

    private static TestWise.Score score(Question... questions) {
        return TestWise.score(java.util.List.of(questions));
    }

    private static Question.Cloze cloze(String prompt, String answer) {
        return new Question.Cloze(Stories.stem("q-" + Integer.toHexString(prompt.hashCode()), "c", "Fill the gap: " + prompt, "e"),
                answer, java.util.List.of());
    }

    @Test
    void learnsThatTheWritersStatementsAreMostlyFalseAndCallsEveryOneFalse() {
        TestWise.Score s = score(statement("The ferry sails at dawn.", false), statement("The ferry carries 300 cars.", false),
                statement("The harbour closed in 2019.", false), statement("The pier was rebuilt.", true));
        assertEquals(3, s.solver(), 1e-9, "three of four are false: " + s);
    }

    @Test
    void gainsNothingFromStatementsAsOftenTrueAsFalse() {
        TestWise.Score s = score(statement("The ferry sails at dawn.", false), statement("The ferry carries 300 cars.", true),
                statement("The harbour closed in 2019.", false), statement("The pier was rebuilt.", true));
        assertEquals(s.chance(), s.solver(), 1e-9, s.toString());
    }

    @Test
    void aSingleFalseStatementIsNoHabit() {
        TestWise.Score s = score(statement("The ferry sails at dawn.", false));
        assertEquals(0, s.solver(), 1e-9, "called true, as where the writer's statements are as often one as the other: " + s);
    }

    @Test
    void callsAbsoluteStatementsFalseAndHedgedOnesTrue() {
        TestWise.Score s = score(statement("The ferry never sails at night.", false), statement("The pier may reopen in May.", true),
                statement("Only residents pay the lower fare.", false), statement("Some crossings could be cancelled.", true));
        assertEquals(4, s.solver(), 1e-9, s.toString());
    }

    @Test
    void gainsNothingFromAbsoluteAndHedgedWordsThatSayNothingOfTruth() {
        TestWise.Score s = score(statement("The ferry never sails at night.", true), statement("The pier may reopen in May.", false),
                statement("Only residents pay the lower fare.", false), statement("Some crossings could be cancelled.", true));
        assertEquals(s.chance(), s.solver(), 1e-9, s.toString());
    }

    @Test
    void learnsThatTheWriterPutsTheRightAmountHighest() {
        TestWise.Score s = score(amounts("How many passengers?", "52", "17", "23", "38", "52"),
                amounts("How many berths?", "61", "29", "43", "47", "61"),
                amounts("How many crossings a week?", "86", "33", "54", "71", "86"));
        assertEquals(3, s.solver(), 1e-9, "the right amount is the highest each time: " + s);
    }

    @Test
    void learnsThatTheWriterPutsTheRightAmountLowest() {
        TestWise.Score s = score(amounts("How many passengers?", "17", "17", "23", "38", "52"),
                amounts("How many berths?", "29", "29", "43", "47", "61"),
                amounts("How many crossings a week?", "86", "33", "54", "71", "86"));
        assertEquals(2, s.solver(), 1e-9, "the lowest twice, the highest once: " + s);
    }

    @Test
    void gainsNothingWhereTheRightAmountTakesEveryRankInTurn() {
        TestWise.Score s = score(amounts("How many passengers?", "17", "17", "23", "38", "52"),
                amounts("How many berths?", "43", "29", "43", "47", "61"),
                amounts("How many crossings a week?", "71", "33", "54", "71", "86"),
                amounts("How many crew?", "62", "19", "31", "46", "62"));
        assertEquals(s.chance(), s.solver(), 1e-9, "a middle amount is right on two of four: " + s);
    }

    @Test
    void picksTheMostSpecificOption() {
        TestWise.Score s = score(amounts("Who will build the pier?", "Halvorsen Marine of Tromsø", "a building firm from the mainland",
                        "Halvorsen Marine of Tromsø", "the council itself", "a state company"),
                amounts("What will the ferry run on?", "two 1.2 MW batteries", "diesel", "two 1.2 MW batteries",
                        "liquefied natural gas", "hydrogen"),
                amounts("Who objected?", "Councillor Ann Lee", "Councillor Ann Lee", "residents of the island", "a union", "a ferry firm"));
        assertEquals(3, s.solver(), 1e-9, "the article's own wording names and numbers what the other options, longer as "
                + "some are, leave vague: " + s);
    }

    @Test
    void gainsNothingFromOptionsAllAsSpecificAsEachOther() {
        TestWise.Score s = score(amounts("Who will build the pier?", "Halvorsen Marine", "Halvorsen Marine", "Brekkestad Yards",
                        "Lindholm Docking", "Sandvik Shipyard"),
                amounts("Who chairs the council?", "Ida Brandt", "Oda Rennet", "Ida Brandt", "Per Moland", "Ali Sundby"));
        assertEquals(s.chance(), s.solver(), 1e-9, s.toString());
    }

    @Test
    void picksTheLongestOfOptionsOtherwiseAlike() {
        TestWise.Score s = score(amounts("Who chairs the council?", "Ingrid Brandt", "Oda Rein", "Ingrid Brandt", "Per Moen", "Ali Sund"));
        assertEquals(1, s.solver(), 1e-9, s.toString());
    }

    @Test
    void picksTheOptionThatRepeatsWordsOfTheStem() {
        TestWise.Score s = score(amounts("Which harbour will the ferry leave from?", "the north harbour", "the north harbour",
                        "the old quay", "the island pier", "the east dock"),
                amounts("What did the council vote for?", "a council loan", "a council loan", "a state grant",
                        "a ticket levy", "a bond issue"));
        assertEquals(2, s.solver(), 1e-9, s.toString());
    }

    @Test
    void gainsNothingWhereTheOptionRepeatingTheStemIsAsOftenWrong() {
        TestWise.Score s = score(amounts("Which harbour will the ferry leave from?", "the old quay", "the north harbour",
                        "the old quay", "the island pier", "the east dock"),
                amounts("What did the council vote for?", "a council loan", "a council loan", "a state grant",
                        "a ticket levy", "a bond issue"));
        assertEquals(1, s.solver(), 1e-9, "right once of twice, as a guess is half a time: " + s);
    }

    @Test
    void takesTheAnswerAnotherQuestionShowsBesideWhatThisOneAsks() {
        TestWise.Score s = score(amounts("Who does the article describe as “harbour master”?", "Oda Rein", "Ida Moen", "Oda Rein",
                        "Per Lund", "Ali Sand"), cloze("The harbour master, Oda Rein, said the pier would ____.", "reopen"));
        assertEquals(1, s.solver(), 1e-9, "the gap's sentence names the harbour master: " + s);
    }

    @Test
    void gainsNothingWhereOtherQuestionsShowTheOptionsOnlyByThemselves() {
        TestWise.Score s = score(amounts("Who does the article describe as “harbour master”?", "Oda Rein", "Ida Moen", "Oda Rein",
                        "Per Lund", "Ali Sand"), cloze("Oda Rein said the pier would ____.", "reopen"),
                cloze("Ida Moen said the ferry would ____.", "wait"));
        assertEquals(s.chance(), s.solver(), 1e-9, "names without the role they are asked by tell nothing: " + s);
    }

    @Test
    void judgesAStatementByTheArticlesOwnWordsInAnotherQuestion() {
        TestWise.Score s = score(statement("The ferry carries 450 cars on each crossing.", false),
                cloze("The ferry carries 300 cars on each ____.", "crossing"),
                statement("Opponents argued that the fares would be too high for islanders.", true),
                cloze("Opponents argued that the ____ would be too high for islanders.", "fares"));
        assertEquals(2, s.solver(), 1e-9, "a number other than the gap's sentence has is false, the same words true: " + s);
    }

    @Test
    void gainsNothingFromAGapThatHidesTheDetailChanged() {
        TestWise.Score s = score(statement("The ferry carries 450 cars on each crossing.", false),
                cloze("The ferry carries ____ cars on each crossing.", "300"),
                statement("The new pier cost 12 million euros to build.", true),
                cloze("The new pier cost ____ to build.", "12 million euros"));
        assertEquals(s.chance(), s.solver(), 1e-9, s.toString());
    }

    private static Briefing shipped() throws Exception {
        return Library.load(java.util.List.of(), true).find("lee-beijing-visit").briefing();
    }
}
