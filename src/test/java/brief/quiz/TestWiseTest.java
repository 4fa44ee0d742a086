package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.model.Briefing;
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

    private static Briefing shipped() throws Exception {
        return Library.load(java.util.List.of(), true).find("lee-beijing-visit").briefing();
    }
}
