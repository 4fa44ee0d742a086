package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations found in paragraphs written for these tests, each with who said it. */
class QuotesTest {
    private static List<String> quoted(String... paragraphs) throws Exception {
        List<Text.Paragraph> analysed = Measured.language().analyse(List.of(paragraphs));
        List<Text.Sentence> sentences = new ArrayList<>();
        analysed.forEach(p -> sentences.addAll(p.sentences()));
        Names.Found names = Names.find(sentences);
        return Quotes.find(analysed, names).stream().map(q -> q.speaker().name() + ": " + q.text()).toList();
    }

    @Test
    void sheIsTheOneLastQuotedAfterTheVerbRatherThanAWomanNamedBeforeHer() throws Exception {
        assertEquals(List.of("Lena Sorvik: The bridge will open on time", "Ada Brenn: The ferries keep running all winter",
                        "Ada Brenn: Nobody will be left on the quay"),
                quoted("Finance director Lena Sorvik said: “The bridge will open on time.”",
                        "Crews worry about the winter. “The ferries keep running all winter,” said Ada Brenn, the port's manager.",
                        "Under the plan, the smaller boats move to the south side first. “Nobody will be left on the quay,” she said."));
    }

    @Test
    void sheIsThePersonTheSentenceBeforeNamesWhenSheIsNotItsSubject() throws Exception {
        assertEquals(List.of("Kwame Ashdown: The evening clubs will lose an hour",
                        "Dana Whitfield: Seven years of asking, and this is the answer I wanted"),
                quoted("Board member Kwame Ashdown, who cast the only vote against, said: “The evening clubs will lose an hour.”",
                        "For principal Dana Whitfield, 58, who has argued for the change since 2019, the vote ends a long "
                                + "campaign. “Seven years of asking, and this is the answer I wanted,” she said."));
    }

    @Test
    void aPersonTitledWithAHyphenedRoleIsFoundAndSpeaksAfter() throws Exception {
        assertEquals(List.of("Ruth Lamb: We have lost four drivers this spring"),
                quoted("Board vice-chair Ruth Lamb, who backs the plan, sees it differently. \"We have lost four drivers "
                        + "this spring,\" she told a public meeting in May."));
    }

    @Test
    void aQuotationOfTwoSentencesHasItsSpeakerWhereItCloses() throws Exception {
        assertEquals(List.of("Nils Haug: The bridge was closed without warning", "Ruth Amdal: Nobody told the ferry crews. "
                        + "I found out from a note on the gangway"),
                quoted("“The bridge was closed without warning,” said Nils Haug, who drives the school bus.",
                        "“Nobody told the ferry crews. I found out from a note on the gangway,” said Ruth Amdal, a "
                                + "61-year-old deckhand."));
    }

    @Test
    void theHolderOfARoleSpeaksWhenTheRoleIsNamedAndAShortSentenceAfterIsStillTheirs() throws Exception {
        assertEquals(List.of("Eva Dal: A town needs a library", "Eva Dal: We have waited long enough for this",
                        "Eva Dal: Now we build"),
                quoted("“A town needs a library,” Mayor Eva Dal told the meeting.",
                        "The opposition leader, Per Moe, voted against the plan.",
                        "“We have waited long enough for this,” the mayor said. “Now we build.”"));
    }

    @Test
    void twoPeopleOfOneFamilyNameAreTwoSpeakers() throws Exception {
        assertEquals(List.of("Kari Foss: The sea was her whole life", "Lars Foss: She never once missed a tide"),
                quoted("Kari Foss, the skipper's widow, spoke at the harbour. “The sea was her whole life,” she said.",
                        "“She never once missed a tide,” said her son, Lars Foss."));
    }

    @Test
    void anAnalystOfAFirmIsThePersonNotTheFirm() throws Exception {
        assertEquals(List.of("Tone Rye: The company has priced itself out of the market"),
                quoted("Analyst Tone Rye of Nordvik Securities said the results were weak. "
                        + "“The company has priced itself out of the market,” she said."));
    }

    @Test
    void heIsThePersonJustNamedNotTheLastOneQuoted() throws Exception {
        assertEquals(List.of("Ida Berge: We kept going to the end", "Tor Lia: I just shut my eyes"),
                quoted("The winner came from substitute Tor Lia in the last minute.",
                        "“We kept going to the end,” Coach Ida Berge said.",
                        "Lia, 19, was in tears at the whistle. “I just shut my eyes,” he said."));
    }

    @Test
    void saidAndASurnameWithADescriptionAfterItIsThatPersonAndTheNextSentenceToo() throws Exception {
        assertEquals(List.of("Ola Strand: It was a penalty every day of the week",
                        "Ola Strand: But we did not lose because of one decision"),
                quoted("Harbour manager Ola Strand said his team had played well.",
                        "“It was a penalty every day of the week,” said Strand, the former Norway international. "
                                + "“But we did not lose because of one decision.”"));
    }

    @Test
    void aSpeakerWithATitleAndAClauseBeforeSaidIsFoundAndIsAmongThePeople() throws Exception {
        String[] paragraphs = {"“We will not close the quay,” said Ivar Nes, the port's director.",
                "Port Authority Commissioner Mette Aas, who chairs the harbour committee, said she hoped both sides would "
                        + "“find a way forward.”"};
        assertEquals(List.of("Ivar Nes: We will not close the quay", "Mette Aas: find a way forward"), quoted(paragraphs));
        List<Text.Sentence> sentences = new ArrayList<>();
        Measured.language().analyse(List.of(paragraphs)).forEach(p -> sentences.addAll(p.sentences()));
        assertEquals(List.of("Ivar Nes", "Mette Aas"), Names.find(sentences).people().stream().map(Names.Entity::name).toList());
    }

    @Test
    void saidSheHopedIsNotTheLastPersonQuoted() throws Exception {
        assertEquals(List.of("Ivar Nes: We will not close the quay"),
                quoted("“We will not close the quay,” said Ivar Nes, the port's director.",
                        "A spokesperson for the ferry line, who asked not to be named, said she hoped passengers would "
                                + "“bear with us.”"));
    }

    @Test
    void aGivenNameTheTaggerTakesForAnAuxiliaryIsStillTheSpeakerAfterAWomanSpoke() throws Exception {
        assertEquals(List.of("Ruth Aldana: There are other places to find this money",
                        "Douglas Fenwick: The numbers do not add up"),
                quoted("Mayor Ruth Aldana spoke against the plan. She said: \"There are other places to find this money.\"",
                        "Board vice-chair Douglas Fenwick, who has served since 2019, sees it differently. \"The numbers do "
                                + "not add up,\" he told the meeting."));
    }

    @Test
    void heIsTheManLastNamedNotTheWomanWhoSpokeBetween() throws Exception {
        assertEquals(List.of("Simon Achterberg: My client has never lost a single worker",
                        "Helen Maddox: Scaffolds are built to stand up in the wind",
                        "Simon Achterberg: The evidence will show a company that followed the rules"),
                quoted("Mr Achterberg told jurors that the storm caused the collapse. “My client has never lost a single "
                                + "worker,” he said.",
                        "Ms Maddox said the storm was no answer. “Scaffolds are built to stand up in the wind,” she said.",
                        "“The evidence will show a company that followed the rules,” he replied.",
                        "Simon Achterberg and Helen Maddox will both address the jury again on Friday."));
    }

    @Test
    void sheIsTheWomanTheArticleCalledSheNotTheManQuotedJustBefore() throws Exception {
        assertEquals(List.of("Amara Quist: That difference is our good news",
                        "Tomasz Wierzba: I would not want farmers to think we are blaming them",
                        "Amara Quist: Nobody is blaming anyone"),
                quoted("Those sites lost fewer bees, Quist said. “That difference is our good news,” she said.",
                        "Wierzba was more cautious. “I would not want farmers to think we are blaming them,” he said.",
                        "“Nobody is blaming anyone,” she said.",
                        "Dr. Amara Quist and Professor Tomasz Wierzba led the study."));
    }

    @Test
    void lettersOfAnHonourAfterANameAreNotPartOfIt() throws Exception {
        assertEquals(List.of("Helen Maddox: This was not an accident that nobody could have seen coming",
                        "Helen Maddox: That is rather the point of them"),
                quoted("Opening the case at the Crown Court, Helen Maddox KC told the jury that the firm had been warned. "
                                + "“This was not an accident that nobody could have seen coming,” she said.",
                        "“That is rather the point of them,” Ms Maddox said."));
    }

    @Test
    void aRoleOfTwoWordsIsThePersonWhoHoldsIt() throws Exception {
        assertEquals(List.of("Simon Achterberg: So you cannot tell this jury why the tower fell",
                        "Neil Haddad: I can tell them what we found"),
                quoted("Chief Inspector Neil Haddad said officers had found ties missing from the tower.",
                        "“So you cannot tell this jury why the tower fell,” said Simon Achterberg, for the defence.",
                        "“I can tell them what we found,” the chief inspector replied."));
    }

    @Test
    void aRoleSaidBeforeItsHolderIsNamedIsTheOnePersonWhoHoldsIt() throws Exception {
        assertEquals(List.of("Ruth Aldana: a betrayal of the people who can least afford it"),
                quoted("The board voted 7-4 to scrap eleven routes, a decision the city's mayor called \"a betrayal of the "
                                + "people who can least afford it.\"",
                        "Mayor Ruth Aldana, who appoints three of the board's members, spoke against the plan."));
    }

    @Test
    void aSpeakerAccordingToWhomAQuotationIsGivenSpeaksIt() throws Exception {
        assertEquals(List.of("Marcus Bell: most of them through retirements, not layoffs"),
                quoted("The drivers will lose about 40 positions, \"most of them through retirements, not layoffs,\" "
                        + "according to Marcus Bell, president of the drivers' union."));
    }

    @Test
    void aTitledSpeakerAccordingToWhomAQuotationIsGivenSpeaksIt() throws Exception {
        assertEquals(List.of("Lena Farrant: almost certainly happening elsewhere too"),
                quoted("The losses are “almost certainly happening elsewhere too,” according to Dr. Lena Farrant, who "
                        + "studies pollinators at the university."));
    }

    @Test
    void asANamePutItIsThatPersonSpeaking() throws Exception {
        assertEquals(List.of("Gordon Ashby: No bees, no apples. It is not complicated."),
                quoted("Gordon Ashby grows apples near Vellmar.", "As Ashby put it, “No bees, no apples. It is not complicated.”"));
    }

    @Test
    void aSignOrAReportQuotedAfterSomeoneSpokeIsNotTheirs() throws Exception {
        assertEquals(List.of("Neil Haddad: Some of the fixings had simply been cut off"),
                quoted("“Some of the fixings had simply been cut off,” Chief Inspector Neil Haddad said.",
                        "A notice fixed to the site gate read: “All scaffolding inspected weekly. Last inspection: 9 February.”",
                        "An inspection report, dated 3 February, described the east tower as “not fit for use until re-tied.”"));
    }

    @Test
    void aReportThatWarnedAndAScareQuotedPhraseAreNobodysWords() throws Exception {
        assertEquals(List.of("Ruth Aldana: There are other places to find this money"),
                quoted("\"There are other places to find this money,\" Mayor Ruth Aldana said. Staff had proposed so-called "
                                + "\"efficiency savings\" in January.",
                        "Those measures would save $5 million, according to a staff report, which warned that they \"would "
                                + "not on their own close the gap.\""));
    }

    @Test
    void aSurnameTheTaggerDoesNotReadAsANameIsStillTheSubjectSheStandsFor() throws Exception {
        assertEquals(List.of("Ruth Aldana: There are other places to find this money",
                        "Patricia Okonjo-Reyes: could not reach the ballot before November"),
                quoted("\"There are other places to find this money,\" Mayor Ruth Aldana said.",
                        "Board chair Patricia Okonjo-Reyes spoke after her.",
                        "Okonjo-Reyes rejected the idea. \"A tax measure,\" she said, \"could not reach the ballot before November.\""));
    }

    @Test
    void theShortOpeningOfAQuotationSplitByItsSpeakerIsNoQuoteOfItsOwnButALongOneIs() throws Exception {
        assertEquals(List.of("Amara Quist: is the closest thing we have to good news",
                        "Tomasz Wierzba: The prosecution of farmers will not help",
                        "Tomasz Wierzba: but the evidence of the hedges will"),
                quoted("Dr. Amara Quist led the study. “That difference,” she said, “is the closest thing we have to good news.”",
                        "Professor Tomasz Wierzba was more cautious. “The prosecution of farmers will not help,” he said, "
                                + "“but the evidence of the hedges will.”"));
    }

    @Test
    void aQuotationWithoutASpeakerAfterSomeoneElseIsNamedIsLeftOut() throws Exception {
        assertEquals(List.of("Denise Marlow: I have been riding this bus for twenty-two years"),
                quoted("\"I have been riding this bus for twenty-two years,\" said Denise Marlow, 67.",
                        "Marcus Bell, who leads the drivers' union, spoke next. \"Nobody is being laid off this year, and "
                                + "nobody is being hired.\""));
    }

    @Test
    void aQuotationLeftOpenAtTheEndOfAParagraphRunsOnIntoTheNext() throws Exception {
        assertEquals(List.of("Gordon Ashby: The next summer I could hear the bees before I could see them",
                        "Gordon Ashby: I am not a scientist. But I know what a quiet orchard sounds like."),
                quoted("Gordon Ashby, a fruit farmer, grows apples near Vellmar. “The next summer I could hear the bees before I could see "
                        + "them,” he said. “I planted the strip in 2019.", "“I am not a scientist. But I know what a quiet "
                        + "orchard sounds like.”").stream().filter(q -> !q.contains("2019")).toList());
    }

    @Test
    void aRoleOrAnAgeAfterTheVerbIsTheSpeaker() throws Exception {
        assertEquals(List.of("Tom Ekwueme: I just hit it as hard as I could and hoped", "Tom Ekwueme: My legs were gone",
                        "Jon Dale: We got out of jail"),
                quoted("Vale reached the final with a penalty from striker Tom Ekwueme in the 89th minute.",
                        "\"I just hit it as hard as I could and hoped,\" said the 24-year-old, who joined in January. "
                                + "\"My legs were gone.\"",
                        "Vale manager Jon Dale was relieved. \"We got out of jail,\" said the manager."));
    }

    @Test
    void whatFollowsAQuotationOfSomeoneUnnamedIsNotTheLastSpeakers() throws Exception {
        assertEquals(List.of("Sandra Pike: What's the point? It won't change the score"),
                quoted("Asked whether she would complain, Harrow coach Sandra Pike said: \"What's the point? It won't change "
                                + "the score.\"",
                        "\"That's football,\" one Harrow supporter said as he left the ground. \"You get nothing for "
                                + "playing well.\""));
    }

    @Test
    void mrOrMrsSaysWhichOfTwoPeopleOfOneSurnameSpeaks() throws Exception {
        assertEquals(List.of("David Hollis: She was lying in a corridor all night", "David Hollis: It is not the nurses' fault",
                        "Margaret Hollis: I would like to go home now"),
                quoted("Margaret Hollis, a retired teacher, waited 31 hours. She had broken her hip.",
                        "Her son, David Hollis, was with her. \"She was lying in a corridor all night,\" he said.",
                        "\"It is not the nurses' fault,\" said Mr Hollis.",
                        "\"I would like to go home now,\" Mrs Hollis said."));
    }

    @Test
    void aTitledNameWithAWordOfPlacesInItIsAPersonWhoSpeaks() throws Exception {
        assertEquals(List.of("Ellen Park: I'll read it when it gets to my desk"),
                quoted("Governor Ellen Park has not said whether she will sign the bill. Asked about it on Wednesday, Park "
                        + "said only: \"I'll read it when it gets to my desk.\""));
    }

    private static String settingOf(String sentence, String speaker) throws Exception {
        return Quotes.setting(Measured.language().analyse(List.of(sentence)).get(0).sentences().get(0), speaker);
    }

    @Test
    void aContextIsWhatTheSentenceSaysAroundTheQuotationWithoutTheSpeaker() throws Exception {
        assertEquals("said she hoped both sides would", settingOf("Port Authority Commissioner Mette Aas, who chairs the "
                + "harbour committee, said she hoped both sides would “find a way forward.”", "Mette Aas"));
        assertEquals("said the ferry would be … for the island", settingOf("Ivar Nes, the port's director, said the ferry "
                + "would be “a lifeline” for the island.", "Ivar Nes"));
        assertEquals("said", settingOf("“We will not close the quay,” said Ivar Nes, the port's director.", "Ivar Nes"));
        assertEquals("said", settingOf("“We will not close the quay,” the director said.", "Ivar Nes"));
    }

    @Test
    void aContextCutShortIsTheVerbThatReportsTheQuotation() {
        assertEquals(List.of("told", "according to", "called", "said", "said it"),
                List.of(Quotes.reported("the mayor told the board on Tuesday"),
                        Quotes.reported("The drivers will lose about 40 positions under the plan, … according to"),
                        Quotes.reported("The board voted 7-4 to scrap eleven routes, a decision the city's mayor called"),
                        Quotes.reported("The board voted 7-4 to scrap eleven routes on Tuesday"),
                        Quotes.reported("said it")));
    }

    @Test
    void aQuotationIsCutToAShorterOpeningClauseWhenRoomIsShort() {
        String said = "We will not close the quay this winter, whatever the council decides";
        assertEquals(said, Quotes.shortened(said));
        assertEquals("We will not close the quay this winter", Quotes.shortened(said, 8));
        assertEquals("I am not a scientist", Quotes.shortened("I am not a scientist. But I know what a quiet orchard "
                + "sounds like, and I do not want to hear it again."));
    }
}
