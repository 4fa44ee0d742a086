package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.quiz.Forms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests, cut to the statement a point shows. */
class ClausesTest {
    private static String clause(String sentence) throws Exception {
        return clause(sentence, 40);
    }

    private static String clause(String sentence, int most) throws Exception {
        Text.Sentence s = Measured.language().analyse(List.of(sentence)).get(0).sentences().get(0);
        return Clauses.mainClause(s, most);
    }

    @Test
    void aCutNeverLeavesHalfOfAQuotation() throws Exception {
        for (int most : new int[] {6, 10, 40}) {
            String point = clause("The skipper, who has sailed the route for years, said the crews were \u201cnot told, not "
                    + "asked and not paid for the extra hours,\u201d and that the union would meet on Friday.", most);
            assertTrue(Forms.pairedMarks(point), most + ": " + point);
        }
    }

    @Test
    void anOpeningPhraseIsCutWhenAStatementIsLeft() throws Exception {
        assertEquals("The company said it would appeal the ruling.",
                clause("In a short statement on Friday, the company said it would appeal the ruling."));
    }

    @Test
    void anOpeningThatHoldsTheMainVerbStaysSoThePointIsStillASentence() throws Exception {
        String point = clause("Among the witnesses was the ship's master, Captain Ola Lie, who told the inquiry "
                + "that he had raised the fault with the owners.");
        assertEquals("Among the witnesses was the ship's master", point.substring(0, 41), point);
    }

    @Test
    void aThatClauseIsNotCutBeforeItsVerb() throws Exception {
        String point = Clauses.mainClause(Measured.language().analyse(List.of("The members who voted against the plan say "
                + "that traders on Mill Street were worried about losing their parking spaces.")).get(0).sentences().get(0), 8);
        assertEquals(true, point.contains("were worried"), point);
    }

    @Test
    void aRangeIsNotCutBeforeItsEnd() throws Exception {
        String range = Clauses.mainClause(Measured.language().analyse(List.of("The share of loaves that pass the test "
                + "rose from 68 percent in January to 89 percent in December.")).get(0).sentences().get(0), 8);
        assertEquals(true, range.contains("89 percent"), range);
    }

    @Test
    void aRelativeClauseBetweenTheSubjectAndItsVerbGoesWhateverItsLength() throws Exception {
        assertEquals("Ines Moro said the new pitch would open in May.", clause("Ines Moro, who has coached the under-12 "
                + "side at Westfield for nine seasons, said the new pitch would open in May."));
        assertEquals("Tomas Berg said the fog was the worst he had seen.", clause("Tomas Berg, a ferry pilot who has "
                + "crossed the sound for thirty years, said the fog was the worst he had seen.", 8));
    }

    @Test
    void aSubjectDescribedByAParticipleIsNotCutBeforeItsVerb() throws Exception {
        assertEquals("A booster dose given three weeks after the first injection raised antibody levels fourfold in older patients.",
                clause("A booster dose given three weeks after the first injection raised antibody levels fourfold "
                        + "in older patients, according to the hospital.", 8));
    }

    @Test
    void anOpeningClauseWithItsOwnVerbIsNotTakenForTheMainOne() throws Exception {
        assertEquals("Six weeks after the bridge reopened, traffic on the old ferry route had fallen by a third.",
                clause("Six weeks after the bridge reopened, traffic on the old ferry route had fallen by a third.", 8));
    }

    @Test
    void aCoordinatedComplementIsNotCutInHalf() throws Exception {
        String offer = "The regional authority has offered 40 free tickets for the first match and 25 for each of the away games.";
        assertEquals(offer, clause(offer, 5));
    }

    @Test
    void aPhraseThatBelongsToTheVerbStays() throws Exception {
        assertEquals("The council asked the regional government for help.", clause("The council asked the regional government for help.", 5));
        assertEquals("The new timetable cut the average journey to the airport almost in half.",
                clause("The new timetable cut the average journey to the airport almost in half.", 5));
    }

    @Test
    void aVerblessPhraseAfterTheStatementGoesWhole() throws Exception {
        assertEquals("A crowd of 4,300 watched the concert.", clause("A crowd of 4,300 watched the concert, the biggest "
                + "at the old theatre this year.", 8));
        assertEquals("Volunteers cleared the beach of glass bottles, fishing nets and plastic bags.",
                clause("Volunteers cleared the beach of glass bottles, fishing nets and plastic bags.", 5));
    }

    @Test
    void aRelativeClauseWithoutItsVerbIsNotAnAside() throws Exception {
        assertEquals("The motion was opposed by the Green List.", clause("The motion was opposed by the Green List, whose "
                + "leader, Petra Holm, said the costs were hidden from voters.", 8));
    }

    @Test
    void aVerbTheTaggerTakesForANounStillEndsTheSubject() throws Exception {
        assertEquals("The night ferry carries about 300 cars a day.",
                clause("The night ferry carries about 300 cars a day, more than the morning boat.", 5));
    }
}
