package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs written for these tests, split into sentences as a reader would split them. */
class LanguageTest {
    private static List<String> sentences(String paragraph) throws Exception {
        return Measured.language().analyse(List.of(paragraph)).get(0).sentences().stream().map(Text.Sentence::text).toList();
    }

    @Test
    void aDatelineEndingInAnAbbreviatedStateRunsOnPastItsDash() throws Exception {
        assertEquals(List.of("HALSTED, Neb. — Crews cleared the last of the debris on Monday.", "The road reopened at noon."),
                sentences("HALSTED, Neb. — Crews cleared the last of the debris on Monday. The road reopened at noon."));
    }
}
