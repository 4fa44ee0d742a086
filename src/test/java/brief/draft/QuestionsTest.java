package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.Evidence;
import brief.model.Point;
import brief.model.PointKind;
import org.junit.jupiter.api.Test;

class QuestionsTest {
    private static final Briefing B = brief.quiz.Stories.court();

    @Test
    void aFalseStatementChangesACountNotTheDayOfTheMonth() {
        assertEquals("The ferry resumes on March 14 with 18 crossings a day.",
                Questions.changedDetail(B, "The ferry resumes on March 14 with 12 crossings a day."));
    }

    @Test
    void aStatementWhoseOnlyNumberIsADayHasNoFalseVersionFromIt() {
        assertNull(Questions.changedDetail(B, "The ferry resumes on Sept. 14."));
    }

    @Test
    void aPointCutOffWhereItsSentenceGoesOnIsNoStatementToJudge() {
        String sentence = "A new timetable introduced last spring cut waiting times at the ferry terminal by a third.";
        assertFalse(Questions.whole(new Point("p", "A new timetable introduced last spring.", PointKind.FACT, new Evidence(sentence))));
        assertTrue(Questions.whole(new Point("p", sentence, PointKind.FACT, new Evidence(sentence))));
        String two = "The terminal reopened in May, two weeks late.";
        assertTrue(Questions.whole(new Point("p", "The terminal reopened in May.", PointKind.FACT, new Evidence(two))),
                "cut at a comma, it is a statement still");
    }
}
