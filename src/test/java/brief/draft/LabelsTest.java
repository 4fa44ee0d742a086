package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.model.PointKind;
import brief.model.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fact, claim or opinion for sentences written for these tests, as a careful reader would label them. */
class LabelsTest {
    private static PointKind kindOf(String sentence) throws Exception {
        return Labels.of(Measured.language().analyse(List.of(sentence)).get(0).sentences().get(0)).kind();
    }

    /** The sentence's label where it stands in a piece of the given kind. */
    private static PointKind kindIn(SourceKind piece, String sentence) throws Exception {
        Text.Sentence s = Measured.language().analyse(List.of(sentence)).get(0).sentences().get(0);
        return Labels.all(List.of(s), piece).get(s.index()).kind();
    }

    @Test
    void anOpinionPieceJudgesWithoutSayingI() throws Exception {
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, "But this is the wrong road to widen."));
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, "A town that wants young families has to build homes they can afford."));
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, "These are not luxuries."));
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, "Who will teach the children to swim?"));
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, "The pool will never open again."));
    }

    @Test
    void aPointTurnedRoundAgainstWhatItIsNotIsTheAuthorsArgument() throws Exception {
        String turned = "Closing the pool does not save money; it moves the cost to the clinic down the road.";
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, turned));
        assertEquals(PointKind.FACT, kindIn(SourceKind.OPINION, "The pool does not open on Sundays."));
    }

    @Test
    void anOpinionPiecesPlainFiguresAndDatedPlansAreFacts() throws Exception {
        assertEquals(PointKind.FACT, kindIn(SourceKind.OPINION,
                "The pool hosts about 1,400 swims a week, more than the gym, which nobody has proposed closing."));
        assertEquals(PointKind.FACT, kindIn(SourceKind.OPINION, "The pool will close its doors in September."));
        assertEquals(PointKind.FACT, kindIn(SourceKind.OPINION, "The repairs were put at an estimated $2 million."));
    }

    @Test
    void whatTheCityCouldDoIsTheAuthorsProposalButWhatICouldDoIsTold() throws Exception {
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, "The county could also open the pool to schools in the mornings."));
        assertEquals(PointKind.FACT, kindIn(SourceKind.OPINION, "It was the one place where I could swim after work."));
    }

    @Test
    void anOpinionPieceTellingTheReaderWhatToDoArguesButAnOpeningParticipleTells() throws Exception {
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, "Look at who swims there on a weekday morning."));
        assertEquals(PointKind.FACT, kindIn(SourceKind.OPINION, "Built in 1972, the pool has room for 300 swimmers."));
    }

    @Test
    void newsTellsWhatAPieceWouldUrge() throws Exception {
        assertEquals(PointKind.FACT, kindIn(SourceKind.NEWS, "The town has to repay the loan over ten years."));
        assertEquals(PointKind.OPINION, kindIn(SourceKind.OPINION, "The town has to repay the loan over ten years."));
    }

    @Test
    void whatAStudyOrSurveyFoundIsItsClaim() throws Exception {
        assertEquals(PointKind.CLAIM, kindOf("A survey by the parents' association found that 40 percent of pupils walk to school."));
        assertEquals(PointKind.CLAIM, kindOf("The county's figures show a drop of 12 percent since 2020."));
        assertEquals(PointKind.CLAIM, kindIn(SourceKind.OPINION, "The council's own study, published in May, found that most swimmers are over sixty."));
        assertEquals(PointKind.CLAIM, kindOf("The county's own figures put the cost at 3 million kroner."));
        assertEquals(PointKind.FACT, kindOf("Divers found the missing boat near the harbour wall."));
        assertEquals(PointKind.FACT, kindOf("The crew put the boat back in the water on Friday."));
    }

    @Test
    void aDutyUnderARuleIsAFactAndAdviceIsNot() throws Exception {
        assertEquals(PointKind.FACT, kindOf("Under the county charter, the mayor must publish the accounts every spring."));
        assertEquals(PointKind.FACT, kindOf("By law, landlords must give tenants two months' notice."));
        assertEquals(PointKind.OPINION, kindOf("The mayor must publish the accounts every spring."));
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
