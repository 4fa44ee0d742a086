package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** People named in paragraphs written for these tests, each with the role the text gives them. */
class NamesTest {
    private static List<String> people(String... paragraphs) throws Exception {
        List<Text.Paragraph> analysed = Measured.language().analyse(List.of(paragraphs));
        List<Text.Sentence> sentences = new ArrayList<>();
        analysed.forEach(p -> sentences.addAll(p.sentences()));
        return Names.find(sentences).people().stream().map(e -> e.name() + ": " + e.role()).toList();
    }

    @Test
    void aNameJoinedByAHyphenIsOneNameAndAGivenNameTheTaggerDoesNotKnowIsPartOfIt() throws Exception {
        assertEquals(List.of("Adaeze Nwosu-Clarke: Parent organiser", "Tor Osei-Lund: ferry's engineer"),
                people("Parent organiser Adaeze Nwosu-Clarke said the parents had asked for the change twice.",
                        "The ferry's engineer, Tor Osei-Lund, said the new hull would be ready in May."));
    }

    @Test
    void aTitledNameAfterAPrepositionHasTheTitleAloneAsItsRole() throws Exception {
        assertEquals(List.of("Tomas Brede: Councillor", "Mira Santangelo: Councillor"),
                people("Councillor Tomas Brede, who represents the Eastbank ward and voted against the plan alongside "
                        + "Councillor Mira Santangelo, argued that the hall had inflated the price."));
    }

    @Test
    void lettersOfAnHonourAreNotPartOfTheNameAndTheSurnameWithATitleIsTheSamePerson() throws Exception {
        assertEquals(List.of("Helen Maddox: named in the article"),
                people("Helen Maddox KC told the jury that the firm had been warned.", "Ms Maddox said the storm was no answer."));
    }

    @Test
    void aPersonWhoLeadsAUnionOrIsPresidentOfOneIsAPersonNotTheUnion() throws Exception {
        assertEquals(List.of("Petter Vik: leads the nurses' union", "Marcus Bell: president of the drivers' union"),
                people("Petter Vik, who leads the nurses' union, spoke first.",
                        "The drivers will lose 40 jobs, according to Marcus Bell, president of the drivers' union."));
    }

    @Test
    void aGivenNameTheTaggerTakesForAnAuxiliaryIsPartOfTheName() throws Exception {
        assertEquals(List.of("Douglas Fenwick: Board vice-chair"),
                people("Board vice-chair Douglas Fenwick, who has served since 2019, sees it differently."));
    }

    @Test
    void anOrganizationCalledByPartOfItsNameIsTheOneNamedInFull() throws Exception {
        List<Text.Paragraph> analysed = Measured.language().analyse(List.of(
                "Harlow Rovers beat Tenby Athletic 2-1 at Kelm Park on Saturday, as Rovers won the cup for the first time.",
                "Tenby, who had won it twice in four seasons, drew level in the 38th minute.",
                "Rovers head coach Anna Lind made no changes, and Tenby defender Sam Moe was booked."));
        List<Text.Sentence> sentences = new ArrayList<>();
        analysed.forEach(p -> sentences.addAll(p.sentences()));
        List<String> names = Names.find(sentences).organizations().stream().map(e -> e.name()).toList();
        assertTrue(names.containsAll(List.of("Harlow Rovers", "Tenby Athletic")), names.toString());
        assertFalse(names.contains("Rovers") || names.contains("Tenby"), names.toString());
    }

    @Test
    void aTitleOfAFieldIsTheWholeRole() throws Exception {
        assertEquals(List.of("Mari Eng: county's head of planning"),
                people("The county's head of planning, Mari Eng, said the road would be widened."));
    }

    @Test
    void aSpeakerDescribedToTheEndOfTheSentenceHasThatRole() throws Exception {
        assertEquals(List.of("Nils Berg: ran the yard for a decade"),
                people("\"We built boats that outlived us,\" said Nils Berg, who ran the yard for a decade."));
    }

    @Test
    void aRoleAfterTheNameOfASpeakerIsTheirs() throws Exception {
        assertEquals(List.of("Mette Aune: Nordcell's chief executive"),
                people("“We have built it at scale,” said Mette Aune, Nordcell's chief executive."));
    }

    @Test
    void aRoleBeforeTheNameSetOffByCommasIsTheirs() throws Exception {
        assertEquals(List.of("Jonas Reitan: chief executive"),
                people("Its chief executive, Jonas Reitan, said the offer was fair."));
    }

    @Test
    void aTeamBeforeATitleBelongsToTheRole() throws Exception {
        assertEquals(List.of("Peter Strand: Vale manager"),
                people("Vale manager Peter Strand said his team had been unlucky."));
    }

    @Test
    void aNameThatTwoPeoplesTitlesBelongToIsATeamNotAPerson() throws Exception {
        assertEquals(List.of("Jon Dale", "Per Mo", "Ari Holt"), people("Eastfield beat Ashby Vale 2-1. Vale took the lead early.",
                        "The manager of Vale, Jon Dale, said his side had tired. Vale defender Per Mo was booked. Vale goalkeeper Ari Holt made five saves.")
                .stream().map(p -> p.substring(0, p.indexOf(':'))).toList());
    }

    @Test
    void aClubNamedBeforeATitleAtTheStartOfASentenceIsPartOfTheRole() throws Exception {
        assertEquals(List.of("Hanna Kvist: Brennmoor manager"),
                people("Brennmoor manager Hanna Kvist responded by sending on two strikers."));
    }

    @Test
    void aDescriptionAfterTheNameSaysMoreThanAFormOfAddress() throws Exception {
        assertEquals(List.of("Lene Dahl: a chemist"),
                people("\"The samples were clean,\" said Dr. Lene Dahl, a chemist who runs the laboratory."));
    }

    @Test
    void aTitleOpeningTheSentenceIsTheRoleAndNotPartOfTheName() throws Exception {
        assertEquals(List.of("Ruth Okonjo: Sheriff"),
                people("Sheriff Ruth Okonjo said the bridge would stay closed overnight."));
    }

    @Test
    void aFormOfAddressOpeningTheSentenceGivesWayToTheDescriptionAfterTheName() throws Exception {
        assertEquals(List.of("Tomas Greer: a geologist at the Harwick Survey"),
                people("Dr Tomas Greer, a geologist at the Harwick Survey who mapped the fault, called the risk small."));
    }

    @Test
    void aWordForWhatSomeoneIsBeforeTheirNameIsTheirRoleWithTheAgeTheArticleGives() throws Exception {
        assertEquals(List.of("Ines Maalouf: Resident, 64"),
                people("Resident Ines Maalouf, 64, said the water had reached her front step."));
    }

    @Test
    void anAbbreviatedTitleWithItsStateIsTheRole() throws Exception {
        assertEquals(List.of("Colm Brady: State Sen."),
                people("State Sen. Colm Brady, whose district includes the harbour, said he would ask for an inquiry."));
    }

    @Test
    void aTitleAfterTheNameOfACityIsAPersonsNotAnOrganizations() throws Exception {
        assertEquals(List.of("Oren Vasquez: City Councillor"),
                people("City Councillor Oren Vasquez, who chairs the parks committee, said the pool would reopen."));
    }

    @Test
    void theAuthorOfABylineIsAmongThePeopleWithTheTitleItGivesAfterThoseTheReportNames() throws Exception {
        assertEquals(List.of("Aksel Dahl: a ferry pilot", "Sunniva Lie: authority's head of planning", "Maren Holt: author, Transport Editor"),
                people("By Maren Holt, Transport Editor", "The ferry ran late again on Friday, said Aksel Dahl, a ferry pilot.",
                        "The authority's head of planning, Sunniva Lie, said a new timetable was coming."));
    }

    @Test
    void aLineSayingWhoTheAuthorIsGivesTheirRoleBesideTheByline() throws Exception {
        assertEquals(List.of("Ines Brandt: author, a retired ferry pilot"),
                people("By Ines Brandt", "The harbour needs a second pilot boat before winter.",
                        "Ines Brandt is a retired ferry pilot and a member of the harbour users' group."));
    }

    @Test
    void aShipsPrefixInCapitalsIsNoFormOfAddress() throws Exception {
        assertEquals(List.of(), people("Inspectors boarded the MS Kvitholm on Monday and found no faults."));
    }
}
