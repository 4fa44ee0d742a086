package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure's label says what the number counts, in the words of sentences written for these tests. */
class FigureLabelsTest {
    private static String labelOf(String value, String paragraph) throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of(paragraph)).forEach(p -> sentences.addAll(p.sentences()));
        return Figures.find(sentences).stream().filter(f -> f.value().equals(value)).map(Figures.Found::label)
                .findFirst().orElse("not found");
    }

    @Test
    void aDurationSaysWhatItIsFor() throws Exception {
        assertEquals("to object to the rent rise", labelOf("60 days", "Tenants have 60 days to object to the rent rise."));
    }

    @Test
    void anAmountIsNamedByWhatItCostsOrChanges() throws Exception {
        assertEquals("cost of school", labelOf("14 million euros", "The new school is expected to cost 14 million euros."));
        assertEquals("rise in ticket sales", labelOf("12 percent", "Ticket sales rose by 12 percent."));
    }

    @Test
    void aCountSaysWhatItCounts() throws Exception {
        assertEquals("jobs", labelOf("about 90", "The plant is expected to create about 90 jobs once it opens."));
    }
}
