package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A figure's label says what the number counts, in the words of sentences written for these tests. */
class FigureLabelsTest {
    private static String labelOf(String value, String paragraph) throws Exception {
        return found(value, paragraph).map(Figures.Found::label).orElse("not found");
    }

    private static String evidenceOf(String value, String paragraph) throws Exception {
        return found(value, paragraph).map(Figures.Found::evidence).orElse("not found");
    }

    private static java.util.Optional<Figures.Found> found(String value, String paragraph) throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of(paragraph)).forEach(p -> sentences.addAll(p.sentences()));
        return Figures.find(sentences).stream().filter(f -> f.value().equals(value)).findFirst();
    }

    @Test
    void aDurationSaysWhatItIsFor() throws Exception {
        assertEquals("to object to the rent rise", labelOf("60 days", "Tenants have 60 days to object to the rent rise."));
    }

    @Test
    void anAmountIsNamedByWhatItCostsOrChanges() throws Exception {
        assertEquals("cost of the new school", labelOf("14 million euros", "The new school is expected to cost 14 million euros."));
        assertEquals("rise in ticket sales", labelOf("12 percent", "Ticket sales rose by 12 percent."));
    }

    @Test
    void aCountSaysWhatItCounts() throws Exception {
        assertEquals("jobs", labelOf("about 90", "The plant is expected to create about 90 jobs once it opens."));
    }

    @Test
    void anAmountInACurrencyCodeIsNamedByWhatItIsSpentOnOrRaisedBy() throws Exception {
        String vote = "The board voted 5–4 on Monday to spend SEK 30 million on a new sports hall.";
        assertEquals("spending on a new sports hall", labelOf("SEK 30 million", vote));
        assertEquals("vote", labelOf("5–4", vote));
        assertEquals("raised by the parents' association", labelOf("SEK 2 million",
                "The rest is SEK 2 million raised by the parents' association over four years."));
    }

    @Test
    void aNumberIsNamedByTheNounItIsOfNotTheVerbBeforeIt() throws Exception {
        assertEquals("average", labelOf("40 days", "Tenants waited an average of 40 days for repairs."));
        assertEquals("budget for the year", labelOf("2.1 billion kroner", "Its budget for the year was 2.1 billion kroner."));
        assertEquals("to repair the roads", labelOf("80 million kroner",
                "The state will send the county 80 million kroner next year to repair the roads."));
    }

    @Test
    void aMeasuresQualifierAndAForecastComeAfterTheFiguresToKnow() throws Exception {
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of("The bakery made a profit of 30 million kroner. Analysts had expected a profit "
                + "of 35 million kroner. Its ferries left on time on 91 percent of sailings within 10 minutes."))
                .forEach(p -> sentences.addAll(p.sentences()));
        List<String> order = FigurePicks.byImportance(Figures.find(sentences), Centrality.rank(sentences)).stream()
                .map(Figures.Found::value).toList();
        assertEquals(List.of("30 million kroner", "91 percent", "35 million kroner"), order);
    }

    @Test
    void aMeasureOrACountWithNothingAfterItIsNamedByWhatItIsOf() throws Exception {
        assertEquals("main span", labelOf("640 metres", "The bridge has a main span of 640 metres."));
        assertEquals("class", labelOf("48", "She was the only girl in a class of 48."));
        assertEquals("not found", labelOf("3", "The firm expects sales growth of 3 to 4 percent."));
    }

    @Test
    void anAgeAtDeathIsAnAge() throws Exception {
        assertEquals("age", labelOf("91", "The composer died on Sunday at 91."));
    }

    @Test
    void aFigureWhoseLabelWouldBeAFragmentIsLeftOut() throws Exception {
        assertEquals("not found", labelOf("four days", "After four days, the roof of the old mill was finally repaired."));
        assertEquals("not found", labelOf("63 percent", "Greystone had 63 percent but few chances."));
        assertEquals("not found", labelOf("45", "She has ridden the number 45 tram to the office for years."));
        assertEquals("not found", labelOf("three", "The keeper beat three forwards to the loose ball."));
        assertEquals("jobs", labelOf("about 90", "The plant is expected to create about 90 jobs once it opens."));
    }

    @Test
    void aSentenceThatOpensWithItsNumberStillGivesItsFigures() throws Exception {
        String opening = "Twelve months after the ward opened, 64% of its patients were seen within an hour, "
                + "compared with 52% at the old clinic.";
        assertEquals("share of patients seen", labelOf("64%", opening));
    }

    @Test
    void aCountOfPeopleInAPlaceIsThePeopleThere() throws Exception {
        assertEquals("people in the village", labelOf("2,300", "The storm cut power to a village of 2,300 people."));
        assertEquals("pupils in the survey", labelOf("1,850", "Teachers ran a survey of 1,850 pupils in the spring."));
    }

    @Test
    void aCountThatIsTheSubjectSaysWhatHappenedToIt() throws Exception {
        assertEquals("passengers stranded", labelOf("Some 1,200", "Some 1,200 passengers were stranded at the airport overnight."));
        assertEquals("households without heating", labelOf("About 640", "About 640 households were without heating on Sunday."));
    }

    @Test
    void aShareOfANounIsTheShareOfThatNoun() throws Exception {
        assertEquals("share of trains cancelled", labelOf("Nearly 30%", "Nearly 30% of the trains were cancelled."));
        assertEquals("share of hospital's costs", labelOf("35 percent", "Wages made up 35 percent of the hospital's costs last year."));
        assertEquals("share of part-time staff", labelOf("41 percent", "The audit found that 41 percent of part-time staff had no contract."));
        assertEquals("share of new runway finished", labelOf("80 percent", "The new runway is 80 percent finished."));
        assertEquals("share of sailings within 10 minutes",
                labelOf("91 percent", "Its ferries left on time on 91 percent of sailings within 10 minutes."));
    }

    @Test
    void theLevelsOfAChangeAreTheThingThatChanged() throws Exception {
        String rents = "In the city centre, average rents rose from 14.2 percent of income to 17.9 percent.";
        assertEquals("average rents", labelOf("17.9 percent", rents));
        assertEquals("rise in bus fares", labelOf("8 percent", "Bus fares rose by 8 percent in January."));
    }

    @Test
    void aSpanOfTimeIsNamedByTheVerbThatGivesIt() throws Exception {
        assertEquals("sentence", labelOf("six years", "The former treasurer was sentenced to six years in prison."));
        assertEquals("length of hearing", labelOf("three days", "The court heard the case at a hearing that lasted three days."));
        assertEquals("time spent exercising", labelOf("at least 30 minutes",
                "Patients who exercised for at least 30 minutes a day slept better."));
    }

    @Test
    void anOfferAndAScoreAreNamedByWhoMadeThem() throws Exception {
        assertEquals("offer by the county", labelOf("3 percent", "The county has offered 3 percent."));
        assertEquals("win over Harrow Town", labelOf("2-0", "Eastfield reached the final after beating Harrow Town 2-0 on Sunday."));
    }

    @Test
    void aNumberAfterAnyOtherVerbOrNoneIsLeftOutRatherThanMislabelled() throws Exception {
        assertEquals("not found", labelOf("three weeks", "Officials say the next three weeks will decide the harvest."));
        assertEquals("not found", labelOf("72 hours", "The coming 72 hours decide whether the dam holds."));
        assertEquals("not found", labelOf("8.1%", "A second letter lowered that to 8.1%."));
        assertEquals("not found", labelOf("two days", "A letter posted two days before the vote doubled turnout."));
    }

    @Test
    void aNumberWithThousandsOrDecimalsIsNeverSplitInItsEvidence() throws Exception {
        assertEquals("The county has 12,600 residents and 40 schools",
                evidenceOf("40", "The county has 12,600 residents and 40 schools."));
        assertEquals("Unemployment fell from 6.4 percent to 5.9 percent in the year",
                evidenceOf("6.4 percent", "Unemployment fell from 6.4 percent to 5.9 percent in the year."));
    }
}
