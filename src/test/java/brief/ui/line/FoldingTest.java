package brief.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {
    @Test
    void anOptionContinuesUnderItsText() {
        assertEquals(List.of("  b) Twelve spawning grounds, down", "     from thirty-one"),
                Folding.fold("  b) Twelve spawning grounds, down from thirty-one", 35));
    }

    @Test
    void aPointContinuesUnderItsKind() {
        assertEquals(List.of("  [C] claim: The anglers say", "      overfishing explains it"),
                Folding.fold("  [C] claim: The anglers say overfishing explains it", 30));
    }

    @Test
    void anIndentedParagraphContinuesTwoFurtherIn() {
        assertEquals(List.of("  Evidence: “the water of", "    Lake Varen has warmed”"),
                Folding.fold("  Evidence: “the water of Lake Varen has warmed”", 26));
    }

    @Test
    void aVerdictContinuesUnderItsWord() {
        assertEquals(List.of("✓ Right  +2 of 2 (hint", "  used)"), Folding.fold("✓ Right  +2 of 2 (hint used)", 22));
    }

    @Test
    void aPromptAtTheMarginContinuesAtTheMargin() {
        assertEquals(List.of("How many spawning", "grounds were left?"), Folding.fold("How many spawning grounds were left?", 20));
    }

    @Test
    void eachLineOfATextIsFoldedOnItsOwn() {
        assertEquals(List.of("one two", "three", "  a) four", "     five"), Folding.fold("one two three\n  a) four five", 12));
    }

    @Test
    void withNoKnownWidthNothingIsFolded() {
        assertEquals(List.of("a line far longer than any terminal would be"),
                Folding.fold("a line far longer than any terminal would be", 0));
    }
}
