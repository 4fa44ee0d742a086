package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.Evidence;
import brief.model.Point;
import brief.model.PointKind;
import java.util.List;
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
    void aFalseStatementChangesANumberWithDecimalsToAsManyDecimals() {
        assertEquals("The closures will save $1.8 million a year.",
                Questions.changedDetail(B, "The closures will save $1.2 million a year."));
        assertEquals("Punctuality improved to 65.6 percent.", Questions.changedDetail(B, "Punctuality improved to 87.5 percent."),
                "a share half as large again would pass 100");
    }

    @Test
    void aFalseStatementNeverNamesTwiceSomeoneItAlreadyNamesInPart() {
        Briefing b = brief.quiz.Stories.briefing("ferry", B.cards(), List.of(), List.of(
                new brief.model.Person("ann-lee", "Ann Lee", "harbour master", new Evidence("harbour master Ann Lee")),
                new brief.model.Person("tor-lee", "Tor Lee", "deckhand", new Evidence("deckhand Tor Lee")),
                new brief.model.Person("ivo-sand", "Ivo Sand", "captain", new Evidence("captain Ivo Sand"))), List.of(), List.of(), List.of());
        assertEquals("Harbour master Ivo Sand sent Lee home.", Questions.changedDetail(b, "Harbour master Ann Lee sent Lee home."));
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
