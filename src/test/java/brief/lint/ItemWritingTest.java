package brief.lint;

import static brief.quiz.Stories.o;
import static brief.quiz.Stories.stem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Stem;
import brief.quiz.Stories;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each item-writing rule, broken by a small briefing of its own, and kept by one that is fixed. */
class ItemWritingTest {
    private static Briefing with(String cardTitle, Question... questions) {
        Card card = new Card("c", cardTitle, "news", List.of(new Point("p", "A point.", PointKind.FACT, new Evidence("a point"))));
        return Stories.briefing("t", List.of(card), List.of(), List.of(), List.of(), List.of(), List.of(questions));
    }

    private static List<Rule> rules(Briefing b) {
        return ItemWriting.check(b).stream().map(Finding::rule).toList();
    }

    private static Question.Choice choice(String id, String prompt, String evidence, String... options) {
        List<brief.model.Option> list = new java.util.ArrayList<>();
        for (int i = 0; i < options.length; i++) list.add(o(String.valueOf((char) ('a' + i)), options[i]));
        return new Question.Choice(stem(id, "c", prompt, evidence), list, "a");
    }

    private static Question.Choice fair() {
        return choice("q-fair", "Which river did the ferry cross?", "crossed the Tamsin", "The Tamsin", "The Orrel",
                "The Brede", "The Calder");
    }

    @Test
    void aFairQuestionBreaksNoRule() {
        assertEquals(List.of(), ItemWriting.check(with("The crossing", fair())));
    }

    @Test
    void flagsARightOptionLongestByAClearMargin() {
        assertEquals(List.of(Rule.LONGEST_RIGHT), rules(with("Ferry", choice("q", "Why was the ferry late?", "fog",
                "Thick fog held it in the harbour for two hours", "A strike", "A storm", "Engine trouble"))));
    }

    @Test
    void flagsRightOptionsLongestInAChooseAll() {
        Question.Multi q = new Question.Multi(stem("q", "c", "What did the council approve? Choose all that apply.", "approved"),
                List.of(o("a", "A second ferry on the northern route"), o("b", "Longer opening hours at the quay"),
                        o("c", "A toll"), o("d", "A bridge")), List.of("a", "b"));
        assertEquals(List.of(Rule.LONGEST_RIGHT), rules(with("Council", q)));
    }

    @Test
    void flagsOneOptionOfAnotherForm() {
        assertEquals(List.of(Rule.MIXED_FORM), rules(with("Ferry", choice("q", "How many crew does the ferry need?", "crew",
                "12", "$4 million", "$9 million", "$15 million"))));
    }

    @Test
    void flagsAPromptHoldingTheAnswersDistinctiveWords() {
        assertEquals(List.of(Rule.PROMPT_HAS_ANSWER), rules(with("Ferry", choice("q",
                "Which harbour, the one at Kell Point, did the ferry leave from?", "left Kell Point",
                "Kell Point", "Marrow Bay", "Sandhaven", "Orford"))));
    }

    @Test
    void flagsAHowManyWhosePromptListsWhatItCounts() {
        Question.Numeric q = new Question.Numeric(stem("q", "c", "How many firms (Arlo, Bexa and Corin) bid for the route?",
                "three firms bid"), 3, 0, "firms");
        assertEquals(List.of(Rule.PROMPT_HAS_ANSWER), rules(with("Ferry", q)));
    }

    @Test
    void flagsACardTitleHoldingTheAnswer() {
        Question.Numeric q = new Question.Numeric(stem("q", "c", "How many sailings a day will there be?", "six sailings"),
                6, 0, "sailings");
        assertEquals(List.of(Rule.TITLE_HAS_ANSWER), rules(with("6 sailings a day", q)));
    }

    @Test
    void flagsTwoQuestionsOnTheSameEvidence() {
        Question.TrueFalse other = new Question.TrueFalse(stem("q-tf", "c", "The ferry crossed a river.",
                "crossed the Tamsin at dawn"), true);
        assertEquals(List.of(Rule.SAME_FACT), rules(with("The crossing", fair(), other)));
    }

    @Test
    void flagsTwoQuestionsWithTheSameAnswer() {
        Question.Cloze other = new Question.Cloze(stem("q-cl", "c", "The ferry crossed the ____.", "the river it crossed"),
                "The Tamsin", List.of());
        assertTrue(rules(with("The crossing", fair(), other)).contains(Rule.SAME_FACT));
    }

    @Test
    void flagsTwoQuestionsOfferingOneStatementWithADetailChanged() {
        Question.TrueFalse tf = new Question.TrueFalse(stem("q-tf", "c", "True or false: The region has 510 unfilled nursing posts.",
                "The region has 340 unfilled nursing posts."), false);
        Question.Multi reported = new Question.Multi(stem("q-m", "c", "Which of these does the article report? Choose all that apply.",
                "Petter Vik said the shortage had been building for a decade."),
                List.of(o("a", "Petter Vik said the shortage had been building for a decade."),
                        o("b", "The region has 340 unfilled nursing posts."), o("c", "The clinic on the harbour front closed in 2019."),
                        o("d", "Ward six at the hospital reopened in May last year.")), List.of("a", "b"));
        List<Finding> found = ItemWriting.check(with("Staffing", tf, reported));
        assertEquals(List.of(Rule.SAME_FACT), found.stream().map(Finding::rule).toList(),
                "side by side, the two numbers tell a reader that one of them is the article's: " + found);
        assertTrue(found.get(0).message().contains("340 unfilled nursing posts"), found.get(0).message());
    }

    @Test
    void statementsOfOneFrameButOtherFactsAreNotOne() {
        Question.TrueFalse tf = new Question.TrueFalse(stem("q-tf", "c", "True or false: The region has 510 unfilled nursing posts.",
                "The region has 340 unfilled nursing posts."), false);
        Question.TrueFalse other = new Question.TrueFalse(stem("q-tf2", "c", "True or false: The hospital closed two wards in May.",
                "The hospital closed two wards in May."), true);
        assertEquals(List.of(), ItemWriting.check(with("Staffing", tf, other)));
    }

    @Test
    void flagsAQuestionWhoseExplanationGivesAnotherAway() {
        Question.Numeric count = new Question.Numeric(stem("q-num", "c", "How many crew does the ferry carry?", "a crew of 14"),
                14, 0, "crew");
        Question.TrueFalse tf = new Question.TrueFalse(new Stem("q-tf", "The ferry sails at night.", "c", 1,
                "False: it sails by day, with 14 crew.", new Evidence("sails by day"), null, false), false);
        List<Finding> found = ItemWriting.check(with("The crossing", count, tf));
        assertEquals(List.of(Rule.GIVES_AWAY), found.stream().map(Finding::rule).toList());
        assertEquals("q-tf", found.get(0).question());
        assertEquals("explain", found.get(0).key());
    }

    @Test
    void flagsAllOrNoneOfTheAbove() {
        assertTrue(rules(with("Ferry", choice("q", "Which ports will the ferry serve?", "ports", "All of the above",
                "Kell", "Orford", "Marrow"))).contains(Rule.ALL_OR_NONE));
    }

    @Test
    void flagsANegativeStemNotInCapitals() {
        assertEquals(List.of(Rule.NEGATIVE_STEM), rules(with("Ferry", choice("q", "Which port will the ferry not serve?",
                "ports", "Sandhaven", "Kell", "Orford", "Marrow"))));
        assertEquals(List.of(), rules(with("Ferry", choice("q", "Which port will the ferry NOT serve?",
                "ports", "Sandhaven", "Kell", "Orford", "Marrow"))));
    }

    @Test
    void flagsAHintThatStatesTheAnswer() {
        Question.Numeric q = new Question.Numeric(new Stem("q", "What did the ferry cost, in millions of dollars?", "c", 1,
                "See the article.", new Evidence("cost $41 million"), "A little over $40 million.", false), 41, 0, "million dollars");
        assertEquals(List.of(Rule.HINT_HAS_ANSWER), rules(with("Ferry", q)));
    }

    @Test
    void flagsTheSameHintOnQuestionsOfOneType() {
        String hint = "Read the statement word by word.";
        Question.TrueFalse a = new Question.TrueFalse(new Stem("q-a", "The ferry is new.", "c", 1, "True.",
                new Evidence("a new ferry"), hint, false), true);
        Question.TrueFalse b = new Question.TrueFalse(new Stem("q-b", "The crossing takes an hour.", "c", 1, "True.",
                new Evidence("an hour's crossing"), hint, false), true);
        assertEquals(List.of(Rule.SAME_HINT), rules(with("Ferry", a, b)));
    }
}
