package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.model.PointKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fact, claim or opinion for sentences written for these tests, as a careful reader would label them. */
class LabelsTest {
    private static PointKind kindOf(String sentence) throws Exception {
        return Labels.of(Measured.language().analyse(List.of(sentence)).get(0).sentences().get(0)).kind();
    }

    @Test
    void aPlanThatWillHaveSomethingIsAFactAndWhatItWillHaveForOthersAPrediction() throws Exception {
        assertEquals(PointKind.FACT, kindOf("The new library will have a reading room and a cafe."));
        assertEquals(PointKind.OPINION, kindOf("The closure will have consequences for the whole valley."));
        assertEquals(PointKind.OPINION, kindOf("The town will have to choose between the two sites."));
    }

    @Test
    void aCompoundThatNamesIsNoJudgement() throws Exception {
        assertEquals(PointKind.FACT, kindOf("Her best-known novel was published in 1962."));
        assertEquals(PointKind.FACT, kindOf("He is survived by a great-grandson."));
        assertEquals(PointKind.OPINION, kindOf("It was the best decision the board has made."));
    }

    @Test
    void addingAThingIsNoClaimButBlamingIs() throws Exception {
        assertEquals(PointKind.FACT, kindOf("The detour adds 20 minutes to the trip, and the ferry has added two sailings."));
        assertEquals(PointKind.CLAIM, kindOf("The school opened late, which the county blamed on a shortage of builders."));
        assertEquals(PointKind.CLAIM, kindOf("The repairs will take a year, the mayor added."));
    }

    @Test
    void adviceStaysTheAuthorsWhenOthersGaveItToo() throws Exception {
        assertEquals(PointKind.OPINION, kindOf("The county should keep the ferry running, as the islanders have asked."));
        assertEquals(PointKind.CLAIM, kindOf("The ferry will keep running, as the county said last week."));
    }
}
