package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingLoaderTest {
    @TempDir
    Path dir;

    private Problem onlyProblem(String yaml) throws Exception {
        List<Problem> problems = Fixtures.problems(dir, yaml);
        assertEquals(1, problems.size(), "expected exactly one problem, got " + problems);
        return problems.get(0);
    }

    private static void assertAt(Problem p, int line, int column, String message) {
        assertEquals("briefing.yaml:" + line + ":" + column + ": " + message, p.toString().replaceAll("^.*?briefing", "briefing"),
                "the user would see this line");
    }

    @Test
    void loadsTheValidFixtureWithEveryEvidencePassageFound() throws Exception {
        LoadedBriefing loaded = Fixtures.load(dir, Fixtures.validYaml());
        Briefing b = loaded.briefing();
        assertEquals("ferry", b.id());
        assertEquals(1, b.cards().size());
        assertEquals(2, b.questions().size());
        assertEquals(8, loaded.evidenceChecked(), "2 points, a figure, a person, a quote, an event and 2 questions");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirPosition() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("title: A new ferry line", "title: [unclosed"));
        assertEquals(4, p.line(), "the parser notices the unclosed list on the next line: " + p);
        assertTrue(p.message().startsWith("YAML syntax:"), p.toString());
    }

    @Test
    void rejectsUnknownKeysWithADidYouMean() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("    topic: transport", "    topik: transport"));
        assertAt(p, 16, 5, "unknown key 'topik' in a card (did you mean 'topic'?)");
    }

    @Test
    void rejectsDuplicateKeys() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("id: ferry\n", "id: ferry\nid: again\n"));
        assertAt(p, 3, 1, "duplicate key 'id' in the briefing");
    }

    @Test
    void rejectsDuplicateIdsNamingTheFirstUse() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("- id: families\n", "- id: approved\n"));
        assertAt(p, 22, 13, "duplicate id 'approved' (first used at line 18)");
    }

    @Test
    void rejectsAQuestionForACardThatDoesNotExist() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("    card: decision\n    difficulty: 1",
                "    card: decisions\n    difficulty: 1"));
        assertAt(p, 50, 11, "no card with id 'decisions' (did you mean 'decision'?)");
    }

    @Test
    void rejectsAQuoteBySomeoneWhoIsNotAmongThePeople() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("speaker: rios", "speaker: mayor"));
        assertAt(p, 38, 14, "no person with id 'mayor'");
    }

    @Test
    void rejectsAChoiceAnswerThatIsNotAnOption() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("    answer: a\n", "    answer: c\n"));
        assertAt(p, 60, 13, "question q-when answer 'c' is not one of its options (a, b)");
    }

    @Test
    void rejectsAnOrderQuestionWithFewerThanTwoItems() throws Exception {
        String yaml = Fixtures.validYaml() + """
                  - id: q-order
                    type: order
                    prompt: Order these.
                    card: decision
                    difficulty: 1
                    explain: Only one.
                    evidence: starting in March 2027
                    items:
                      - id: one
                        text: The only item
                """;
        Problem p = onlyProblem(yaml);
        assertTrue(p.message().equals("question q-order needs at least two items to order"), p.toString());
    }

    @Test
    void rejectsAMatchQuestionWithFewerThanTwoPairs() throws Exception {
        String yaml = Fixtures.validYaml() + """
                  - id: q-match
                    type: match
                    prompt: Match these.
                    card: decision
                    difficulty: 1
                    explain: Only one.
                    evidence: starting in March 2027
                    pairs:
                      - {id: one, left: Ana Ríos, right: Mayor}
                """;
        assertEquals("question q-match needs at least two pairs to match", onlyProblem(yaml).message());
    }

    @Test
    void rejectsValuesOfTheWrongType() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("    difficulty: 1\n    explain: In", "    difficulty: [1]\n    explain: In"));
        assertAt(p, 51, 17, "question q-when difficulty should be a whole number, not a list");
    }

    @Test
    void rejectsMissingRequiredFields() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("    explain: In March 2027.\n", ""));
        assertAt(p, 47, 5, "question q-when is missing 'explain'");
    }

    @Test
    void rejectsUnknownWordsForKindsListingTheAllowedOnes() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("kind: claim", "kind: clam"));
        assertAt(p, 24, 15, "point families kind 'clam' is not one of fact, claim, opinion (did you mean 'claim'?)");
    }

    @Test
    void rejectsKeysThatDoNotApplyToTheQuestionType() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("    answer: 4\n", "    answer: 4\n    options: []\n"));
        assertTrue(p.message().startsWith("'options' does not apply to a numeric question"), p.toString());
    }

    @Test
    void rejectsAnUnsupportedVersion() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("version: 1", "version: 2"));
        assertAt(p, 1, 10, "version 2 is not supported (this brief reads version 1)");
    }

    @Test
    void reportsEveryProblemAtOnce() throws Exception {
        String yaml = Fixtures.validWith("    topic: transport", "    topik: transport")
                .replace("speaker: rios", "speaker: mayor")
                .replace("    answer: a\n", "    answer: c\n");
        assertEquals(3, Fixtures.problems(dir, yaml).size());
    }

    @Test
    void rejectsForeignTagsWithoutConstructingAnything() throws Exception {
        for (String tag : List.of("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]",
                "!!java.net.URL [\"http://example.com\"]", "!custom value")) {
            Problem p = Fixtures.problems(dir, Fixtures.validWith("title: A new ferry line", "title: " + tag)).get(0);
            assertEquals(3, p.line(), p.toString());
            assertTrue(p.message().matches("tag '.*' is not allowed"), p.toString());
        }
    }

    @Test
    void refusesAnAliasBombQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String prev = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, prev)))
                    .append("]\n");
        }
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Fixtures.problems(dir, yaml.toString()).get(0));
        assertTrue(p.message().startsWith("too many aliases"), p.toString());
    }

    @Test
    void refusesDeepNestingQuickly() {
        String yaml = "title: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n";
        Problem p = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> Fixtures.problems(dir, yaml).get(0));
        assertTrue(p.message().startsWith("nesting is deeper than"), p.toString());
    }

    @Test
    void refusesAnOversizedFileBeforeParsingIt() throws Exception {
        String yaml = "lead: \"" + "x".repeat(BriefingLoader.MAX_BYTES) + "\"\n";
        Problem p = onlyProblem(yaml);
        assertTrue(p.toString().matches(".*briefing.yaml: file is too large \\([\\d,]+ bytes; the limit is [\\d,]+\\)"),
                p.toString());
    }

    @Test
    void rejectsControlCharactersAndEscapeSequencesShowingThemSafely() throws Exception {
        Problem p = onlyProblem(Fixtures.validWith("title: A new ferry line", "title: \"A new \\e[2J ferry line\""));
        assertAt(p, 3, 8, "control character U+001B in text");
        assertTrue(p.toString().chars().noneMatch(c -> c == 0x1b), "the message itself carries no escape");
    }

    @Test
    void rejectsInvalidUtf8() throws Exception {
        Fixtures.write(dir, "");
        Path file = dir.resolve("briefing.yaml");
        Files.write(file, new byte[] {'i', 'd', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> Library.loadFile(new BriefingLoader(), dir, file));
        assertTrue(e.problems().get(0).toString().endsWith("briefing.yaml: is not valid UTF-8 text"), e.getMessage());
    }

    @Test
    void acceptsAByteOrderMarkAndWindowsLineEnds() throws Exception {
        String yaml = "\uFEFF" + Fixtures.validYaml().replace("\n", "\r\n");
        Path file = Fixtures.write(dir, "");
        Files.write(file, yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals("ferry", Library.loadFile(new BriefingLoader(), dir, file).briefing().id());
    }

    @Test
    void reportsAnEmptyFile() throws Exception {
        assertTrue(onlyProblem("").toString().endsWith("briefing.yaml: is empty"));
    }

    @Test
    void rejectsTextWhereAMappingIsExpected() throws Exception {
        Problem p = onlyProblem("just some text\n");
        assertAt(p, 1, 1, "the briefing should be a mapping of keys to values, not 'just some text'");
    }
}
