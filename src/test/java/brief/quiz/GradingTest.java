package brief.quiz;

import static brief.quiz.QuizFixtures.CHOICE;
import static brief.quiz.QuizFixtures.CLOZE;
import static brief.quiz.QuizFixtures.EXACT;
import static brief.quiz.QuizFixtures.FOUR;
import static brief.quiz.QuizFixtures.MATCH;
import static brief.quiz.QuizFixtures.MULTI;
import static brief.quiz.QuizFixtures.NUMERIC;
import static brief.quiz.QuizFixtures.ORDER;
import static brief.quiz.QuizFixtures.SHORT_CLOZE;
import static brief.quiz.QuizFixtures.TRUE_FALSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Question;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class GradingTest {
    private static double credit(Question q, Response r) {
        return Grading.grade(q, r).credit();
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("choice right", CHOICE, new Response.Pick("a"), 1.0),
                Arguments.of("choice wrong", CHOICE, new Response.Pick("b"), 0.0),
                Arguments.of("multi all right", MULTI, new Response.Picks(List.of("a", "b", "d")), 1.0),
                Arguments.of("multi two of three", MULTI, new Response.Picks(List.of("a", "b")), 2.0 / 3),
                Arguments.of("multi one wrong pick cancels one right", MULTI, new Response.Picks(List.of("a", "b", "c")), 1.0 / 3),
                Arguments.of("multi everything picked", MULTI, new Response.Picks(List.of("a", "b", "c", "d")), 2.0 / 3),
                Arguments.of("multi floored at zero", MULTI, new Response.Picks(List.of("c")), 0.0),
                Arguments.of("true/false right", TRUE_FALSE, new Response.TrueOrFalse(true), 1.0),
                Arguments.of("true/false wrong", TRUE_FALSE, new Response.TrueOrFalse(false), 0.0),
                Arguments.of("order right", ORDER, new Response.Sequence(List.of("one", "two", "three", "four")), 1.0),
                Arguments.of("order reversed", ORDER, new Response.Sequence(List.of("four", "three", "two", "one")), 0.0),
                Arguments.of("order one swap: 5 of 6 pairs", ORDER, new Response.Sequence(List.of("two", "one", "three", "four")), 5.0 / 6),
                Arguments.of("match all", MATCH, new Response.Pairing(Map.of("x", "x", "y", "y", "z", "z", "w", "w")), 1.0),
                Arguments.of("match half", MATCH, new Response.Pairing(Map.of("x", "x", "y", "y", "z", "w", "w", "z")), 0.5),
                Arguments.of("a response of another kind", CHOICE, new Response.Text("a"), 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void gradesEveryTypeWithPartialCredit(String what, Question q, Response r, double expected) {
        assertEquals(expected, credit(q, r), 1e-9, what);
    }

    @ParameterizedTest(name = "cloze \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "starting|1", "Starting|1", "  STARTING  |1", "starting.|1", "start|1", "'starting'|1",
            "startin|1", "statring|1", "sstarting|1",
            "stating point|0", "startng!!|1", "strting|1", "sartinq|0", "end|0", "|0"})
    void gradesClozeIgnoringCasePunctuationAndSpaceWithOneTypo(String typed, int expected) {
        assertEquals(expected, credit(CLOZE, new Response.Text(typed == null ? "" : typed)), typed);
    }

    @Test
    void saysWhenATypoWasForgiven() {
        assertTrue(Grading.grade(CLOZE, new Response.Text("statring")).typoForgiven());
        assertFalse(Grading.grade(CLOZE, new Response.Text("starting")).typoForgiven());
    }

    @Test
    void ignoresDiacritics() {
        Question.Cloze q = new Question.Cloze(QuizFixtures.stem("q-d", "summit", 1, "Mayor ____."), "Ríos", List.of());
        assertEquals(1, credit(q, new Response.Text("rios")));
        assertEquals(1, credit(SHORT_CLOZE, new Response.Text("sílver")));
    }

    @Test
    void forgivesNoTypoInAnswersShorterThanFiveLetters() {
        assertEquals(0, credit(FOUR, new Response.Text("cakr")));
        assertEquals(1, credit(FOUR, new Response.Text("CAKE")));
        assertEquals(1, credit(SHORT_CLOZE, new Response.Text("silvr")), "five letters: one typo forgiven");
    }

    @ParameterizedTest(name = "numeric \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "299|1", "299bn|1", "299 bn|1", "299 billion|1", "$299 billion|1", "US$299bn|1", "299,000,000,000|1",
            "about 299|1", "2.99e11|1", "295|1", "304|1", "0.299 trillion|1", "299000 million|1",
            "305|0", "290|0", "299 million|0", "29.9|0"})
    void readsNumbersWithUnitsAndScales(String typed, int expected) {
        assertEquals(expected, credit(NUMERIC, new Response.Text(typed)), typed);
    }

    @Test
    void aToleranceOfZeroMeansExactly() {
        assertEquals(1, credit(EXACT, new Response.Text("15")));
        assertEquals(0, credit(EXACT, new Response.Text("16")));
        assertEquals(1, credit(EXACT, new Response.Text("15 documents")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"nine|9", "two hundred|200", "a dozen|12", "twenty-five|25",
            "three thousand|3000", "one hundred and five|105"})
    void readsNumbersWrittenInWords(String typed, double value) {
        assertEquals(value, Numbers.read(typed).orElseThrow().value(), 1e-9);
    }

    @Test
    void aNumberInWordsAnswersANumericQuestion() {
        assertEquals(1, Grading.grade(QuizFixtures.EXACT, new Response.Text("fifteen")).credit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.5k|1500", "-3|-3", "12%|12", "1,200|1200", "~ 7|7"})
    void readsNumbersAsPeopleTypeThem(String typed, double value) {
        assertEquals(value, Numbers.read(typed).orElseThrow().value(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"lots", "12 or 13", "n/a", "five apples", "''"})
    void refusesWhatIsNotANumber(String typed) {
        assertTrue(Numbers.read(typed).isEmpty(), typed);
    }

    @Test
    void givesTheAuthorsFeedbackForAWrongOption() {
        assertEquals(List.of("Ministry: It announced the MOUs."), Grading.grade(CHOICE, new Response.Pick("b")).whys());
        assertEquals(List.of("Steel: Not listed."),
                Grading.grade(MULTI, new Response.Picks(List.of("a", "c"))).whys());
    }
}
