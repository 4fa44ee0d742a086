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
        return Quotes.find(analysed, names, sentences).stream().map(q -> q.speaker().name() + ": " + q.text()).toList();
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
    void aQuotationIsCutToAShorterOpeningClauseWhenRoomIsShort() {
        String said = "We will not close the quay this winter, whatever the council decides";
        assertEquals(said, Quotes.shortened(said));
        assertEquals("We will not close the quay this winter", Quotes.shortened(said, 8));
    }
}
