package brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void countsASwapOfNeighboursAsOneTypo() {
        assertEquals(1, Spelling.distance("qiuz", "quiz"));
        assertEquals(1, Spelling.distance("quizz", "quiz"));
        assertEquals(2, Spelling.distance("kitten", "sittin"));
        assertEquals(0, Spelling.distance("", ""));
    }

    @Test
    void suggestsTheClosestWordWhateverTheCaseButOnlyWhenItIsALikelyTypo() {
        List<String> commands = List.of("list", "cards", "quiz", "print", "stats");
        assertEquals("print", Spelling.closest("PRNIT", commands));
        assertEquals("stats", Spelling.closest("stat", commands));
        assertNull(Spelling.closest("frobnicate", commands));
    }
}
