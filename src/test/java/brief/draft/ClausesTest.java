package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Sentences written for these tests, cut to the statement a point shows. */
class ClausesTest {
    private static String clause(String sentence) throws Exception {
        Text.Sentence s = Measured.language().analyse(List.of(sentence)).get(0).sentences().get(0);
        return Clauses.mainClause(s, 40);
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
}
