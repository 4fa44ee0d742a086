package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {
    @Test
    void aLineThatFitsIsLeftAsItIs() {
        assertEquals(List.of("  t) true   f) false"), Wrap.keepingSpaces("  t) true   f) false", 20, "     "));
    }

    @Test
    void breaksAtSpacesKeepingTheSpacingInsideEachLine() {
        assertEquals(List.of("Question 1 of 3  [....]", "score 0/0  · The arctic", "char"),
                Wrap.keepingSpaces("Question 1 of 3  [....]  score 0/0  · The arctic char", 24, ""));
    }

    @Test
    void continuationLinesStartWithTheGivenIndent() {
        assertEquals(List.of("  a) Twelve spawning", "     grounds, down from", "     thirty-one"),
                Wrap.keepingSpaces("  a) Twelve spawning grounds, down from thirty-one", 23, "     "));
    }

    @Test
    void wideCharactersCountTwoColumns() {
        assertEquals(List.of("李在明 李在明", "李在明"), Wrap.keepingSpaces("李在明 李在明 李在明", 14, ""));
    }

    @Test
    void aWordWiderThanALineStartsItsOwnAndBreaksWhereTheLineIsFull() {
        assertEquals(List.of("see", "  https://examp", "  le.org/a/b/c"), Wrap.keepingSpaces("see https://example.org/a/b/c", 15, "  "));
    }

    @Test
    void anIndentTooWideForTheLineIsDropped() {
        assertEquals(List.of("          one", "two three"), Wrap.keepingSpaces("          one two three", 14, "          "));
    }

    @Test
    void wrappedTextStartsWithItsPrefixHangsTheRestAndCollapsesSpacing() {
        assertEquals(List.of("- The ferry", "  left at", "  dawn"), Wrap.lines("The ferry  left\tat dawn", 12, "- ", "  "));
    }

    @Test
    void wrappedTextBreaksAWordWiderThanALine() {
        assertEquals(List.of("see", "  https://", "  example.", "  org/x"), Wrap.lines("see https://example.org/x", 10, "", "  "));
    }

    @Test
    void blankTextIsItsPrefixAlone() {
        assertEquals(List.of(">"), Wrap.lines("   ", 10, "> ", ""));
    }
}
