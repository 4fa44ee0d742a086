package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The options every command shares, and how the command line answers a mistake in them. */
class OptionsTest {
    @TempDir
    Path dir;

    @Test
    void briefAloneOffATerminalListsTheProgressOfTheDataFolderGiven() {
        Path data = dir.resolve("data");
        Run answered = Run.piped("s\n", "--data-dir", data.toString(), "quiz", "--plain", "--count", "1", "--seed", "3");
        assertEquals(0, answered.exitCode(), answered.err());

        Run list = Run.of("--data-dir", data.toString());
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().startsWith("lee-beijing-visit  Lee Jae Myung in Beijing"), list.out());
        assertTrue(list.out().contains("· last studied "), "the quiz just taken shows: " + list.out());
        assertFalse(list.out().contains("not studied yet"), list.out());
        assertEquals(list.out(), Run.of("list", "--data-dir", data.toString()).out(), "brief alone is brief list");
    }

    @Test
    void sharedOptionsMayComeBeforeOrAfterTheCommand() throws Exception {
        Path briefings = Files.createDirectories(dir.resolve("briefings"));
        for (String name : new String[] {"valid.yaml", "article.txt"}) {
            try (var in = OptionsTest.class.getResourceAsStream("/content/" + name)) {
                Files.write(briefings.resolve(name), in.readAllBytes());
            }
        }
        Run before = Run.of("--briefings", briefings.toString(), "print", "ferry");
        Run after = Run.of("print", "ferry", "--briefings", briefings.toString());
        assertEquals(0, after.exitCode(), after.err());
        assertTrue(after.out().startsWith("A NEW FERRY LINE"), after.out());
        assertEquals(before.out(), after.out());
    }

    @Test
    void debugAfterTheCommandShowsTheDetailsToo() {
        for (Run run : new Run[] {Run.of("print", "nosuch", "--debug"), Run.of("--debug", "print", "nosuch")}) {
            assertEquals(1, run.exitCode());
            assertTrue(run.err().startsWith("brief: no briefing with id 'nosuch'\n"), run.err());
            assertTrue(run.err().contains("\tat brief.cli."), "a stack trace with --debug: " + run.err());
        }
    }

    @Test
    void aMistypedCommandIsNamedWithTheNearestOne() {
        Run run = Run.of("quizz");
        assertEquals(2, run.exitCode());
        assertEquals("brief: unknown command 'quizz' (did you mean 'quiz'?)\nhint: see 'brief --help'\n", run.err());
    }

    @Test
    void aWordLikeNoCommandIsUnknownWithoutAGuess() {
        Run run = Run.of("--data-dir", dir.toString(), "frobnicate");
        assertEquals(2, run.exitCode());
        assertEquals("brief: unknown command 'frobnicate'\nhint: see 'brief --help'\n", run.err());
    }

    @Test
    void aValueOutOfRangeIsTheSameUsageErrorAsAValueThatIsNoNumber() {
        String[][] cases = {
                {"quiz", "--count", "abc"}, {"quiz", "--count", "0"},
                {"print", "--width", "wide"}, {"print", "--width", "20"}};
        String[] said = {
                "brief: Invalid value for option '--count': 'abc' is not a whole number\n",
                "brief: Invalid value for option '--count': 0 is less than 1\n",
                "brief: Invalid value for option '--width': 'wide' is not a whole number\n",
                "brief: Invalid value for option '--width': 20 is not between 40 and 200\n"};
        for (int i = 0; i < cases.length; i++) {
            Run run = Run.of(cases[i]);
            assertEquals(2, run.exitCode(), String.join(" ", cases[i]) + ": " + run.err());
            assertEquals(said[i] + "hint: see 'brief " + cases[i][0] + " --help'\n", run.err());
        }
    }

    @Test
    void anIdPrefixMatchesWhateverItsCase() {
        Run upper = Run.of("print", "LEE", "--width", "80");
        assertEquals(0, upper.exitCode(), upper.err());
        assertEquals(Run.of("print", "lee", "--width", "80").out(), upper.out());
    }
}
