package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import brief.model.Item;
import brief.model.Pair;
import brief.model.Question;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerParserTest {
    private static Presented shown(Question q) {
        return Presented.of(q, new Random(3));
    }

    private static Response parse(Question q, String typed) {
        AnswerParser.Parsed p = AnswerParser.parse(shown(q), typed);
        if (!p.ok()) throw new AssertionError("not accepted: " + typed + " (" + p.problem() + ")");
        return p.response();
    }

    private static String problem(Question q, String typed) {
        AnswerParser.Parsed p = AnswerParser.parse(shown(q), typed);
        assertFalse(p.ok(), typed + " should be re-asked");
        return p.problem();
    }

    @Test
    void readsAChoiceByLetterOrNumber() {
        Presented p = shown(QuizFixtures.CHOICE);
        String second = p.options().get(1).id();
        assertEquals(new Response.Pick(second), parse(QuizFixtures.CHOICE, "b"));
        assertEquals(new Response.Pick(second), parse(QuizFixtures.CHOICE, " B "));
        assertEquals(new Response.Pick(second), parse(QuizFixtures.CHOICE, "2"));
    }

    @Test
    void readsAChoiceTypedOutInFull() {
        assertEquals(new Response.Pick("b"), parse(QuizFixtures.CHOICE, "ministry"));
        assertEquals(new Response.Pick("c"), parse(QuizFixtures.CHOICE, " APEC. "));
    }

    @Test
    void reasksAChoiceOutOfRange() {
        assertEquals("Choose from a-c (or 1-3).", problem(QuizFixtures.CHOICE, "d"));
        assertEquals("Choose from a-c (or 1-3).", problem(QuizFixtures.CHOICE, "9"));
        assertEquals("Pick one option, e.g. a.", problem(QuizFixtures.CHOICE, "a b"));
        assertEquals("Type an answer (or ? for help).", problem(QuizFixtures.CHOICE, "   "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"a c", "a,c", "ac", "1 3", "a c a"})
    void readsSeveralChoicesInAnyForm(String typed) {
        Presented p = shown(QuizFixtures.MULTI);
        assertEquals(new Response.Picks(List.of(p.options().get(0).id(), p.options().get(2).id())),
                parse(QuizFixtures.MULTI, typed));
    }

    @ParameterizedTest
    @CsvSource({"t,true", "yes,true", "TRUE,true", "f,false", "no,false"})
    void readsTrueOrFalse(String typed, boolean value) {
        assertEquals(new Response.TrueOrFalse(value), parse(QuizFixtures.TRUE_FALSE, typed));
    }

    @Test
    void keepsAnExclamationMarkInTypedText() {
        assertEquals(new Response.Text("start!"), parse(QuizFixtures.CLOZE, "start!"));
    }

    @Test
    void reasksTextThatIsNotANumber() {
        assertEquals("That is not a number I can read: try 299, 299bn or 299,000,000,000.",
                problem(QuizFixtures.NUMERIC, "lots"));
    }

    @Test
    void readsAnOrderAsLettersInSequence() {
        Presented p = shown(QuizFixtures.ORDER);
        Response r = parse(QuizFixtures.ORDER, "d c b a");
        assertEquals(new Response.Sequence(List.of(p.items().get(3).id(), p.items().get(2).id(),
                p.items().get(1).id(), p.items().get(0).id())), r);
    }

    @Test
    void reasksAnIncompleteOrRepeatedOrder() {
        assertEquals("Give all 4 items in order, e.g. d c b a", problem(QuizFixtures.ORDER, "a b c"));
        assertEquals("Each item once, please: give all 4 in order, e.g. d c b a", problem(QuizFixtures.ORDER, "a a b c"));
    }

    @Test
    void readsAMatchAsNumberLetterPairs() {
        Presented p = shown(QuizFixtures.MATCH);
        Response r = parse(QuizFixtures.MATCH, "1b 2a 3d 4c");
        assertEquals(new Response.Pairing(Map.of(
                p.lefts().get(0).id(), p.rights().get(1).id(), p.lefts().get(1).id(), p.rights().get(0).id(),
                p.lefts().get(2).id(), p.rights().get(3).id(), p.lefts().get(3).id(), p.rights().get(2).id())), r);
    }

    @Test
    void reasksAnIncompleteMatch() {
        assertEquals("Pair all 4 items, e.g. 1b 2c 3d 4a.", problem(QuizFixtures.MATCH, "1b 2a"));
        assertEquals("1 is paired twice.", problem(QuizFixtures.MATCH, "1b 1a 2c 3d"));
        assertEquals("Numbers 1-4 and letters a-d, please.", problem(QuizFixtures.MATCH, "5a 1b 2c 3d"));
    }

    @Test
    void examplesHaveAsManyPairsAndLettersAsTheQuestion() {
        Question.Match two = new Question.Match(QuizFixtures.stem("q-two", "trade", 1, "Match the two."),
                List.of(new Pair("x", "Shinsegae", "Retail"), new Pair("y", "Alibaba", "E-commerce")));
        assertEquals("Pair all 2 items, e.g. 1b 2a.", problem(two, "1a"));
        assertEquals("Pair each number with a letter, e.g. 1b 2a.", problem(two, "one to a"));
        Question.Order three = new Question.Order(QuizFixtures.stem("q-three", "summit", 1, "Order the three."),
                List.of(new Item("one", "First"), new Item("two", "Second"), new Item("three", "Third")));
        assertEquals("Give all 3 items in order, e.g. c b a", problem(three, "a b"));
    }
}
