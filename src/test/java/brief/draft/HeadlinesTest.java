package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timeline events of sentences written for these tests, told in fewer words as room runs short. */
class HeadlinesTest {
    private static List<String> shown(int most, String... paragraphs) throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of(paragraphs)).forEach(p -> sentences.addAll(p.sentences()));
        return Dates.find(sentences, LocalDate.of(2026, 3, 11)).stream().map(e -> e.shown(most)).toList();
    }

    @Test
    void whatQualifiesTheSubjectGoesBeforeTheVerbIsCut() throws Exception {
        assertEquals(List.of("Libraries will stay closed."),
                shown(4, "Libraries in the northern half of the county will stay closed until Friday."));
    }

    @Test
    void theArticleGoesFirstAsInAHeadline() throws Exception {
        assertEquals(List.of("Old harbour crane collapsed."), shown(4, "The old harbour crane collapsed on Monday."));
    }

    @Test
    void aPlaceAtTheEndGoesBeforeTheWordsAreCut() throws Exception {
        assertEquals(List.of("Divers had searched the wreck."),
                shown(6, "Divers had searched the wreck near the northern breakwater on Monday."));
    }

    @Test
    void aSecondThingDoneGoesBeforeTheWordsAreCut() throws Exception {
        assertEquals(List.of("Last lockout lasted nine weeks."),
                shown(6, "The last lockout at the mill, in 2019, lasted nine weeks and ended with a pay deal."));
    }

    @Test
    void whatStillDoesNotFitIsCutWithAMarkThatItGoesOn() throws Exception {
        assertEquals(List.of("Seven tired rescuers …"), shown(4, "Seven tired rescuers pulled four climbers out on Sunday."));
    }

    @Test
    void whatAQuantityIsOfStaysWithIt() throws Exception {
        assertEquals(List.of("Two years of talks collapsed."), shown(5, "Two years of talks collapsed on Sunday night."));
    }
}
