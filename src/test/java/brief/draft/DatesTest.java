package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates found in sentences written for these tests, placed against a dateline where one is given. */
class DatesTest {
    private static List<String> found(LocalDate dateline, String... paragraphs) throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of(paragraphs)).forEach(p -> sentences.addAll(p.sentences()));
        return Dates.find(sentences, dateline).stream().map(e -> e.when() + "=" + e.date()).toList();
    }

    @Test
    void everyYearOfAnObituaryInOrderEvenAtTheStartOfASentence() throws Exception {
        assertEquals(List.of("1941=1941-01-01", "1968=1968-01-01", "1975=1975-01-01", "2019=2019-01-01"),
                found(null, "In 1968 he opened his first workshop. He was born in 1941 in a mill town.",
                        "He ran the firm from 1975 until he sold it in 2019."));
    }

    @Test
    void fullDatesDayFirstDatesAndMonthsAtTheEndOfAPeriod() throws Exception {
        assertEquals(List.of("1894=1894-01-01", "12 March=2026-03-12", "March 30, 2026=2026-03-30", "April=2026-04-01"),
                found(LocalDate.of(2026, 3, 2), "The hearing is set for March 30, 2026, after a first session on 12 March.",
                        "The bridge stays shut until the end of April. The old hall, from 1894, is closed on Mondays."));
    }

    @Test
    void weekdaysArePlacedAgainstTheDatelineButTheDatelineItselfIsNoEvent() throws Exception {
        assertEquals(List.of("Monday (9 March 2026)=2026-03-09", "Friday (13 March 2026)=2026-03-13", "Tuesday (17 March 2026)=2026-03-17"),
                found(LocalDate.of(2026, 3, 11),
                        "VESTBY, March 11, 2026 — The strike began on Monday, union leaders said. Talks will resume on Friday. A vote is due to be held on Tuesday."));
    }

    @Test
    void aDateInAClauseOfItsOwnDatesThatClauseAndTheDateIsNotRepeatedInWhatHappened() throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of("The board voted on Monday to reopen the mill, ending a dispute that began when "
                + "the old owners closed it in October 2024.")).forEach(p -> sentences.addAll(p.sentences()));
        List<String> what = Dates.find(sentences, LocalDate.of(2026, 3, 11)).stream().map(e -> e.when() + ": " + e.what()).toList();
        assertEquals(List.of("October 2024: The old owners closed it.", "Monday (9 March 2026): The board voted to reopen the mill."), what);
    }

    @Test
    void aYearThatIsOnlyComparedWithOrAimedAtIsNoEvent() throws Exception {
        assertEquals(List.of("2023=2023-01-01"),
                found(null, "The bakery sold 40,000 loaves last year, up 12 percent from 2022.",
                        "It opened a second shop in 2023 that promised to double sales by 2030.",
                        "Fewer customers came on foot than in 2021."));
    }

    @Test
    void anEventIsTheClauseItsDateStandsInNotTheSentencesMainClause() throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of("The library reopened this week, two years after four inspectors closed it in "
                + "May 2024. The mayor praised the architects, who had finished the roof in January.")).forEach(p -> sentences.addAll(p.sentences()));
        List<String> what = Dates.find(sentences, LocalDate.of(2026, 3, 11)).stream().map(e -> e.when() + ": " + e.what()).toList();
        assertEquals(List.of("May 2024: Four inspectors closed it.", "January: The architects had finished the roof."), what);
    }

    private static List<String> events(LocalDate dateline, String... paragraphs) throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of(paragraphs)).forEach(p -> sentences.addAll(p.sentences()));
        return Dates.find(sentences, dateline).stream().map(e -> e.when() + ": " + e.what()).toList();
    }

    @Test
    void aWeekdayInThePastTenseIsTheOneBeforeTheDatelineThoughALaterClauseLooksAhead() throws Exception {
        assertEquals(List.of("Tuesday (10 March 2026)=2026-03-10"),
                found(LocalDate.of(2026, 3, 11), "The council voted on Tuesday to close the pier, a decision that could "
                        + "stop the ferry as soon as next month."));
    }

    @Test
    void aWeekdayOfAForecastOrOfWhatWillHappenIsTheOneAfterTheDateline() throws Exception {
        assertEquals(List.of("Saturday (14 March 2026)=2026-03-14", "Monday (16 March 2026)=2026-03-16"),
                found(LocalDate.of(2026, 3, 11), "Hydrologists expect the river to crest on Saturday.",
                        "The harbour board will meet on Monday."));
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
    void aBylineGivesNoEventAndADatelinesDashIsNoPartOfOne() throws Exception {
        assertEquals(List.of("Monday (9 March 2026): Crews cleared the last of the debris."),
                events(LocalDate.of(2026, 3, 11), "By Odile Marsh, Courts Reporter · 11 March 2026",
                        "HALSTED, Neb. — Crews on Monday cleared the last of the debris."));
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
}
