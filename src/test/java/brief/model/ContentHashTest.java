package brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentHashTest {
    private static Stem stem(String prompt, String explain, String hint) {
        return new Stem("q", prompt, "c", 1, explain, new Evidence("the ferry runs twice a day"), hint, false);
    }

    private static Question choice(String prompt, String explain, String a, String b) {
        return new Question.Choice(stem(prompt, explain, null), List.of(new Option("a", a, null), new Option("b", b, null)), "a");
    }

    @Test
    void isFixedByTheCanonicalEncodingNotByJavasToString() {
        // Pinned (sha256 of "16:brief-question-2;6:Choice;29:How often...;", worked out apart): a change of this value would make every reader's saved answers start afresh.
        assertEquals("aff6421c844f518a", ContentHash.of(choice("How often does the ferry run?", "Twice.", "Twice a day", "Hourly")));
    }

    @Test
    void changesWithWhatIsAskedOrWhatCountsAsRight() {
        String base = ContentHash.of(choice("How often?", "Twice.", "Twice a day", "Hourly"));
        assertNotEquals(base, ContentHash.of(choice("How often now?", "Twice.", "Twice a day", "Hourly")));
        assertNotEquals(base, ContentHash.of(choice("How often?", "Twice.", "Twice daily", "Hourly")));
        assertNotEquals(base, ContentHash.of(choice("How often?", "Twice.", "Hourly", "Twice a day")));
    }

    @Test
    void staysWhenOnlyTheExplanationOrHintIsReworded() {
        assertEquals(ContentHash.of(choice("How often?", "Twice.", "Twice a day", "Hourly")),
                ContentHash.of(choice("How often?", "Twice, says the timetable.", "Twice a day", "Hourly")));
    }

    @Test
    void fieldsCannotRunIntoEachOther() {
        assertNotEquals(ContentHash.of(choice("Which?", "E.", "ab", "c")), ContentHash.of(choice("Which?", "E.", "a", "bc")));
    }
}
