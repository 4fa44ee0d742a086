package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Evidence;
import brief.model.Option;
import brief.model.Question;
import brief.model.Stem;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HintsTest {
    private static Hint hint(Question q) {
        return Hints.offer(Presented.of(q, new Random(1))).orElseThrow();
    }

    @Test
    void aTrueFalseQuestionOffersNoHintOfItsOwn() {
        assertTrue(Hints.offer(Presented.of(QuizFixtures.TRUE_FALSE, new Random(1))).isEmpty());
    }

    @Test
    void aChoiceOfThreeOffersNoHintOfItsOwn() {
        assertTrue(Hints.offer(Presented.of(QuizFixtures.CHOICE, new Random(1))).isEmpty(),
                "ruling out one of three leaves a coin toss");
    }

    @Test
    void aChoiceOfFourRulesOutOneWrongOptionForAQuarter() {
        Question.Choice four = new Question.Choice(new Stem("q4", "Which port?", "trade", 2, "Kell.", new Evidence("Kell"),
                null, false), List.of(new Option("a", "Kell", null), new Option("b", "Orford", null),
                new Option("c", "Marrow", null), new Option("d", "Brede", null)), "a");
        Presented shown = Presented.of(four, new Random(3));
        Hint h = Hints.offer(shown).orElseThrow();
        assertEquals(0.25, h.cost());
        int last = shown.options().size() - 1;
        String ruledOut = shown.options().get(last).id().equals("a") ? shown.options().get(last - 1).text()
                : shown.options().get(last).text();
        assertTrue(h.text().endsWith(ruledOut + "."), h.text());
        assertTrue(!h.text().contains("Kell"), "the right option is never the one ruled out: " + h.text());
    }

    @Test
    void aClozeGivesItsFirstLetter() {
        assertEquals(new Hint("It starts with “s”.", 0.25), hint(QuizFixtures.CLOZE));
    }

    @Test
    void aNumberGivesItsOrderOfMagnitude() {
        assertEquals(new Hint("It is at least 10 and less than 100 documents.", 0.25), hint(QuizFixtures.EXACT));
    }

    @Test
    void theAuthorsHintCostsHalfAndSaysSo() {
        Question.Cloze q = new Question.Cloze(new Stem("q-h", "The ____ ferry.", "trade", 1, "New.", new Evidence("new"),
                "Think of its age.", false), "new", List.of());
        assertEquals("costs half the points", hint(q).costWords());
    }
}
