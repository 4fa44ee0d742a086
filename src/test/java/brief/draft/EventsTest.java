package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What happened at each date of sentences written for these tests: the part of the sentence the date belongs to. */
class EventsTest {
    private static List<String> events(LocalDate dateline, String... paragraphs) throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of(paragraphs)).forEach(p -> sentences.addAll(p.sentences()));
        return Dates.find(sentences, dateline).stream().map(e -> e.when() + ": " + e.what()).toList();
    }

    @Test
    void aDateAfterUpFromBelongsToTheEarlierLevelOfTheFigure() throws Exception {
        assertEquals(List.of("Monday (9 March 2026): 300 passengers were stranded.",
                        "Wednesday (11 March 2026): About 900 passengers were stranded."),
                events(LocalDate.of(2026, 3, 11), "About 900 passengers were stranded by Wednesday night, up from 300 on Monday."));
    }

    @Test
    void aDateInWhatSomeoneSaidDatesWhatTheySaidHappened() throws Exception {
        assertEquals(List.of("Monday (9 March 2026): Two trawlers had collided near the breakwater."),
                events(LocalDate.of(2026, 3, 11), "The harbour master said two trawlers had collided near the breakwater on Monday morning."));
    }

    @Test
    void aPronounInTheDatesClauseIsTheThingItStandsFor() throws Exception {
        assertEquals(List.of("Sunday (8 March 2026): The storm made landfall."),
                events(LocalDate.of(2026, 3, 11), "The storm, which has flooded 40 farms since it made landfall on Sunday, "
                        + "moved north overnight."));
    }

    @Test
    void aClauseOfWhereKeepsThePlaceItStandsFor() throws Exception {
        assertEquals(List.of("Tuesday (10 March 2026): 80 families ate at the old fire station."),
                events(LocalDate.of(2026, 3, 11), "Volunteers opened a kitchen at the old fire station, where 80 families ate on Tuesday."));
    }

    @Test
    void whoSaysSoIsNoPartOfWhatHappened() throws Exception {
        assertEquals(List.of("Friday (13 March 2026): The library will stay shut."),
                events(LocalDate.of(2026, 3, 11), "The library will stay shut through at least Friday, the county librarian said."));
    }

    @Test
    void aDateOfAThatClauseDatesWhatItSaysOfTheNounBefore() throws Exception {
        assertEquals(List.of("April 1: The tax year began."),
                events(LocalDate.of(2026, 3, 11), "The council has a gap of 4 million in the tax year that began on April 1."));
    }

    @Test
    void aDateSetOffByCommasGoesWithThem() throws Exception {
        assertEquals(List.of("2019: The last lockout at the mill lasted nine weeks."),
                events(null, "The last lockout at the mill, in 2019, lasted nine weeks."));
    }

    @Test
    void aDateOfAParticipleAfterTheSentencesVerbDatesWhatHappenedToTheNounBefore() throws Exception {
        assertEquals(List.of("Monday (9 March 2026): A review of 212 bridges was published."),
                events(LocalDate.of(2026, 3, 11), "Most of the county's bridges need repairs, according to a review of 212 "
                        + "bridges published on Monday by the roads agency."));
    }

    @Test
    void aParticipleAfterAPrepositionOpeningTheSentenceDatesItsNoun() throws Exception {
        assertEquals(List.of("Tuesday (10 March 2026): A detailed survey of 90 skippers was published."),
                events(LocalDate.of(2026, 3, 11), "In a detailed survey of 90 skippers published on Tuesday, most said the harbour was too shallow."));
    }

    @Test
    void aParticipleSetOffByCommasDatesTheNounItsPhraseIsOf() throws Exception {
        assertEquals(List.of("May: A lease with a shipping firm was signed."),
                events(LocalDate.of(2026, 3, 11), "The port said a lease with a shipping firm, signed in May, would fill the empty quay."));
    }

    @Test
    void aVerbAfterTheSubjectOfASinceClauseIsThatClausesOwn() throws Exception {
        assertEquals(List.of("June 2023: The bakery opened."),
                events(LocalDate.of(2026, 3, 11), "Sales have doubled since the bakery opened in June 2023."));
    }

    @Test
    void whatIsOnADateIsTheThingNotTheVerbThatSaysSo() throws Exception {
        assertEquals(List.of("16 April: The next harbour board meeting."),
                events(LocalDate.of(2026, 3, 11), "The next harbour board meeting is on 16 April."));
    }

    @Test
    void whatFollowsAVerbOfSayingIsAClauseOnlyWithAVerbOfItsOwn() throws Exception {
        assertEquals(List.of("2 May: The ferry's mate reported a crack."),
                events(LocalDate.of(2026, 3, 11), "The ferry's mate reported a crack in the hull on 2 May."));
    }

    @Test
    void aVerbAfterANounInThePhraseOfTheSubjectIsTheSentencesOwn() throws Exception {
        assertEquals(List.of("Tuesday (10 March 2026): Pilots for the Nordfjord Ferry Company voted to strike."),
                events(LocalDate.of(2026, 3, 11), "Pilots for the Nordfjord Ferry Company voted on Tuesday to strike."));
    }

    @Test
    void aParticipleBeforeTheNounDescribesItAndBelongsToTheEvent() throws Exception {
        assertEquals(List.of("Monday (9 March 2026): A randomised study of 300 patients was published."),
                events(LocalDate.of(2026, 3, 11), "Most patients slept better, according to a randomised study of 300 patients published on Monday."));
    }

    @Test
    void aNounWithItsOwnersPronounIsDatedByTheParticipleAfterIt() throws Exception {
        assertEquals(List.of("Thursday (5 March 2026): Its yearly accounts were published."),
                events(LocalDate.of(2026, 3, 6), "The ferry line lost money for a third year, according to its yearly accounts published on Thursday."));
    }
}
