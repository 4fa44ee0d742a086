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
    void aDateARecordIsMeasuredFromIsNoEventButTheDayItWasSetIs() throws Exception {
        assertEquals(List.of("1987=1987-01-01", "Saturday (7 March 2026)=2026-03-07"),
                found(LocalDate.of(2026, 3, 9), "HALDEN, March 9, 2026 — Halden reached the cup final for the first time since "
                        + "2009 on Saturday.", "Ticket sales are at their highest level since May.",
                        "The club has played at the same ground since 1987."));
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
    void aWeekdayLongAfterItsClausesVerbTakesItsTenseFromIt() throws Exception {
        assertEquals(List.of("Tuesday (17 March 2026)=2026-03-17"),
                found(LocalDate.of(2026, 3, 12), "The city will hold a public information session on the phasing plan at "
                        + "the Salter Street Community Hall on Tuesday at 7 p.m."));
    }

    @Test
    void aWeekdayOnWhichSomeoneSaidWhatWouldHappenIsTheOneBeforeTheDateline() throws Exception {
        assertEquals(List.of("Wednesday (11 March 2026)=2026-03-11"),
                found(LocalDate.of(2026, 3, 12), "The mayor said on Wednesday that all contracts would be reviewed."));
    }

    @Test
    void aWeekdayOfAForecastOrOfWhatWillHappenIsTheOneAfterTheDateline() throws Exception {
        assertEquals(List.of("Saturday (14 March 2026)=2026-03-14", "Monday (16 March 2026)=2026-03-16"),
                found(LocalDate.of(2026, 3, 11), "Hydrologists expect the river to crest on Saturday.",
                        "The harbour board will meet on Monday."));
    }

    @Test
    void aBylineGivesNoEventAndADatelinesDashIsNoPartOfOne() throws Exception {
        assertEquals(List.of("Monday (9 March 2026): Crews cleared the last of the debris."),
                events(LocalDate.of(2026, 3, 11), "By Odile Marsh, Courts Reporter · 11 March 2026",
                        "HALSTED, Neb. — Crews on Monday cleared the last of the debris."));
    }


    @Test
    void aWeekdayBeforeAFullDateIsThatDatesDayAndNoEventOfItsOwn() throws Exception {
        assertEquals(List.of("3 November 2026=2026-11-03"),
                found(LocalDate.of(2026, 11, 5), "The harbour reopened on Tuesday 3 November 2026 after the storm."));
    }
}
