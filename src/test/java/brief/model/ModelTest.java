package brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ModelTest {
    @ParameterizedTest
    @ValueSource(strings = {"\u001b[2J", "\u001b]0;title\u0007", "\u001b]52;c;aGk=\u0007", "\u001b]8;;http://x\u001b\\link",
            "\u009b31m", "bell\u0007", "nul\u0000", "\r"})
    void noTextCanCarryAControlCharacterOrEscapeSequence(String hostile) {
        assertThrows(IllegalArgumentException.class, () -> new Evidence("a " + hostile));
        assertThrows(IllegalArgumentException.class, () -> new Option("a", "x" + hostile, null));
        assertThrows(IllegalArgumentException.class, () -> new Option("a", "x", "why" + hostile));
        assertThrows(IllegalArgumentException.class, () -> new Person("p", "Name" + hostile, "role", new Evidence("e")));
        assertThrows(IllegalArgumentException.class, () -> new Quote("q", "p", "said" + hostile, "context"));
        assertThrows(IllegalArgumentException.class, () -> new Source("a.txt", "t", "o", SourceKind.NEWS, "2026" + hostile, "p"));
    }

    @Test
    void tabsLineBreaksAndAnyScriptAreText() {
        assertEquals("李在明 e\u0301 \u05e9\u05dc\u05d5\u05dd\tand\nmore", new Evidence("李在明 e\u0301 \u05e9\u05dc\u05d5\u05dd\tand\nmore").passage());
    }

    @Test
    void aChoiceAnswerMustBeOneOfItsOptions() {
        Stem stem = new Stem("q", "Which?", "c", 1, "Because.", new Evidence("e"), null, false);
        assertThrows(IllegalArgumentException.class, () -> new Question.Choice(stem,
                List.of(new Option("a", "A", null), new Option("b", "B", null)), "c"));
    }

    @Test
    void theContentHashChangesWhenTheQuestionDoes() {
        Stem stem = new Stem("q", "Which?", "c", 1, "Because.", new Evidence("e"), null, false);
        Question a = new Question.TrueFalse(stem, true);
        Question b = new Question.TrueFalse(stem, false);
        assertEquals(ContentHash.of(a), ContentHash.of(new Question.TrueFalse(stem, true)));
        org.junit.jupiter.api.Assertions.assertNotEquals(ContentHash.of(a), ContentHash.of(b));
    }
}
