package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Evidence;
import brief.model.Question;
import brief.model.Stem;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionPicksTest {
    private static Question.TrueFalse statement(String id, String text, boolean answer) {
        return new Question.TrueFalse(new Stem(id, "True or false: " + text, "c", 1, "See the article.", new Evidence(text),
                null, false), answer);
    }

    private static final Question.TrueFalse FERRY = statement("q-ferry", "The ferry sails at dawn.", true);
    private static final Question.TrueFalse PIER = statement("q-pier", "The pier was rebuilt in spring.", true);
    private static final Question.TrueFalse TOLL = statement("q-toll", "The bridge toll rose to 40 kroner.", false);
    private static final Question.TrueFalse CARS = statement("q-cars", "The ferry carries 300 cars.", true);

    @Test
    void aTrueStatementIsKeptOnlyWhileTheTrueOnesOutnumberTheFalseByNoMoreThanOne() {
        assertTrue(QuestionPicks.balanced(List.of(TOLL), FERRY), "one false, then one true");
        assertTrue(QuestionPicks.balanced(List.of(TOLL, FERRY), PIER), "two true to one false");
        assertFalse(QuestionPicks.balanced(List.of(FERRY), PIER), "two true to none false");
    }

    @Test
    void ofThreeStatementsTwoOfThemTrueOneTrueIsLeftOut() {
        List<Question> kept = QuestionPicks.evened(List.of(FERRY, TOLL, PIER));
        assertEquals(2, kept.size(), "a reader calling every statement true would score two in three: " + kept);
        assertEquals(1, kept.stream().filter(q -> ((Question.TrueFalse) q).answer()).count());
    }

    @Test
    void statementsHalfOfThemTrueAreAllKept() {
        assertEquals(4, QuestionPicks.evened(List.of(FERRY, TOLL, PIER, statement("q-dock", "The dock closed in 2019.", false))).size());
    }

    @Test
    void aFalseStatementThatIsNoSentenceIsTheOneLeftOutForTellingItsAnswer() {
        Question.TrueFalse broken = statement("q-master", "The harbour master, Oda Rein, said.", false);
        assertEquals(List.of(TOLL, CARS), QuestionPicks.evened(List.of(broken, TOLL, CARS)),
                "read as false by its form, it tells; the whole false one does not");
    }

    @Test
    void noStatementIsLeftOutThatWouldLeaveTwoFalseForEveryTrue() {
        Question.TrueFalse only = statement("q-only", "Only the ferry sails at dawn.", true);
        Question.TrueFalse dock = statement("q-dock", "The dock closed in 2019.", false);
        List<Question> kept = QuestionPicks.evened(List.of(only, TOLL, dock));
        long trueOnes = kept.stream().filter(q -> ((Question.TrueFalse) q).answer()).count();
        assertTrue(Math.abs(kept.size() - 2 * trueOnes) <= 1, "true and false within one of each other: " + kept);
    }

    private static Question.Choice amounts(String id, String answer, String... values) {
        List<brief.model.Option> options = new java.util.ArrayList<>();
        for (String v : values) options.add(new brief.model.Option(String.valueOf((char) ('a' + options.size())), v, null));
        String key = options.stream().filter(o -> o.text().equals(answer)).findFirst().orElseThrow().id();
        return new Question.Choice(new Stem(id, "Which figure does the article give for “" + id + "”?", "c", 1, "See the article.",
                new Evidence(id), null, false), options, key);
    }

    @Test
    void rightAmountsAtOneRankMoreOftenThanTheirShareOfTheRanksAreAHabit() {
        Question.Choice highest = amounts("berths", "61", "29", "43", "47", "61");
        Question.Choice highestAgain = amounts("crossings", "86", "33", "54", "71", "86");
        Question.Choice second = amounts("crew", "31", "19", "31", "46", "62");
        assertEquals(1, QuestionPicks.habits(List.of(highest, highestAgain)), "the highest twice of two");
        assertEquals(0, QuestionPicks.habits(List.of(highest, second)), "the highest, then the second lowest");
    }

    @Test
    void statementsTrueMoreOftenThanFalseBeyondWhatAnOddNumberLeavesAreAHabit() {
        assertEquals(0, QuestionPicks.habits(List.of(FERRY, TOLL, PIER)), "two to one is as even as three can be");
        assertEquals(2, QuestionPicks.habits(List.of(FERRY, PIER, CARS)), "three to none");
    }

    @Test
    void ofThreeStatementsOneOfTheCommonerAnswerIsLeftOutButASingleStatementStays() {
        List<Question> paired = QuestionPicks.paired(List.of(FERRY, TOLL, PIER), new FormReader());
        assertEquals(2, paired.size(), paired.toString());
        assertTrue(paired.contains(TOLL), "the false one stays: " + paired);
        assertEquals(List.of(FERRY), QuestionPicks.paired(List.of(FERRY), new FormReader()));
    }
}
