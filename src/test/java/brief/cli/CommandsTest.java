package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
    @TempDir
    Path dir;

    @Test
    void validateAcceptsTheShippedBriefingsWithASummary() {
        Run run = Run.of("validate", "briefings");
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().matches("(?s)1 file checked: 1 valid, 0 with problems \\(0 problems, 0 warnings\\); 8 cards, \\d+ questions, "
                + "\\d+ evidence passages found in their articles\n"), run.out());
    }

    @Test
    void validateListsEveryProblemAsFileLineColumnAndExitsOne() throws Exception {
        Files.writeString(dir.resolve("bad.yaml"), "version: 1\nid: Bad Id\ntitel: x\n");
        Run run = Run.of("validate", dir.resolve("bad.yaml").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("bad.yaml:2:5: id 'Bad Id' is not a slug"), run.out());
        assertTrue(run.out().contains("bad.yaml:3:1: unknown key 'titel' in the briefing (did you mean 'title'?)"), run.out());
        assertTrue(run.out().contains("1 file checked: 0 valid, 1 with problems"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void validateSaysWhenAPathDoesNotExist() {
        Run run = Run.of("validate", dir.resolve("nothing.yaml").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("nothing.yaml: does not exist"), run.out());
    }

    @Test
    void listShowsTheBuiltInBriefingWithItsCounts() {
        Run run = Run.of("list", "--briefings", dir.toString(), "--data-dir", dir.resolve("data").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("lee-beijing-visit  Lee Jae Myung in Beijing"), run.out());
        assertTrue(run.out().contains("8 cards, 32 questions · China Diplomacy in the New Era, opinion"), run.out());
        assertTrue(run.out().contains("not studied yet"), run.out());
        assertTrue(run.out().contains("built in"), run.out());
    }

    @Test
    void printShowsTheOnePageBriefingByIdPrefix() {
        Run run = Run.of("print", "lee", "--width", "80");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("LEE JAE MYUNG IN BEIJING"), run.out());
        assertTrue(run.out().lines().count() <= 60);
        assertFalse(run.out().contains("\u001b"), "no escape sequences when not on a terminal");
    }

    @Test
    void printWritesMarkdownToAFile() throws Exception {
        Path file = dir.resolve("brief.md");
        Run run = Run.of("print", "--format", "markdown", "-o", file.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(file).startsWith("# Lee Jae Myung in Beijing"));
        assertEquals("brief: wrote " + file + "\n", run.err());
    }

    @Test
    void anUnknownIdIsAUserErrorWithTheIdsThatExist() {
        Run run = Run.of("print", "nosuch");
        assertEquals(1, run.exitCode());
        assertTrue(run.err().startsWith("brief: no briefing with id 'nosuch'\nhint: ids: lee-beijing-visit"), run.err());
        assertFalse(run.err().contains("Exception"), "no stack trace");
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        Run run = Run.of("print", "--colour");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("brief: Unknown option: '--colour'"), run.err());
        assertTrue(run.err().contains("hint: see 'brief print --help'"), run.err());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run run = Run.of("print", "--format", "docx");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Invalid value for option '--format'"), run.err());
    }

    @Test
    void schemaPrintsTheJsonSchema() {
        Run run = Run.of("schema");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), run.out());
    }

    @Test
    void versionNamesTheBuild() {
        Run run = Run.of("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().matches("brief \\d+\\.\\d+\\.\\d+.*\nJava .*\n"), run.out());
    }

    @Test
    void theBashCompletionScriptIsValidBashAndKnowsTheCommands() throws Exception {
        Run run = Run.of("completion", "bash");
        assertEquals(0, run.exitCode(), run.err());
        Path script = dir.resolve("brief-completion.bash");
        Files.writeString(script, run.out());
        Process bash = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
        String complaints = new String(bash.getInputStream().readAllBytes());
        assertEquals(0, bash.waitFor(), complaints);
        for (String command : new String[] {"quiz", "cards", "print", "stats", "validate", "schema", "list"}) {
            assertTrue(run.out().contains(command), command);
        }
        assertTrue(run.out().contains("--format"), "options are completed too");
    }

    @Test
    void theZshCompletionLoadsBashCompletionFirst() {
        Run run = Run.of("completion", "zsh");
        assertTrue(run.out().startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n"));
    }

    @Test
    void theManPageCoversEveryCommandFromItsOwnHelp() {
        String man = ManPage.render(Cli.create().getCommandSpec());
        assertTrue(man.startsWith(".TH BRIEF 1 "), man);
        for (String command : Cli.create().getSubcommands().keySet()) {
            assertTrue(man.contains(".SS brief " + command + "\n"), "no section for " + command);
        }
        assertTrue(man.contains("\\-\\-format"), "options, with troff's hyphens");
    }

    /** A folder holding the test briefing of a ferry line and its article. */
    private static Path ferry(Path folder) throws java.io.IOException {
        Files.createDirectories(folder);
        for (String name : new String[] {"valid.yaml", "article.txt"}) {
            try (var in = CommandsTest.class.getResourceAsStream("/content/" + name)) {
                Files.write(folder.resolve(name), in.readAllBytes());
            }
        }
        return folder;
    }

    @Test
    void foldersGivenBeforeTheSubcommandApplyToIt() throws Exception {
        Path briefings = ferry(dir.resolve("briefings"));
        Path data = dir.resolve("data");
        Run print = Run.of("--briefings", briefings.toString(), "--data-dir", data.toString(), "print", "ferry");
        assertEquals(0, print.exitCode(), print.err());
        assertTrue(print.out().startsWith("A NEW FERRY LINE"), print.out());

        Run list = Run.of("--data-dir", data.toString(), "--briefings", briefings.toString(), "list");
        assertTrue(list.out().startsWith("ferry  A new ferry line"), list.out());
        assertTrue(Files.exists(data.resolve("progress.db")), "the data folder given first is the one used");

        Run mistyped = Run.of("--briefings", dir.resolve("briefngs").toString(), "print", "lee");
        assertEquals(0, mistyped.exitCode(), mistyped.err());
        assertTrue(mistyped.err().contains("briefngs: is not a folder of briefings"), "a mistyped folder is not passed over"
                + " in silence: " + mistyped.err());
    }

    @Test
    void aBriefingIsNamedByItsFileAsDraftAndValidateNameIt() throws Exception {
        Path elsewhere = ferry(dir.resolve("drafts"));
        Run print = Run.of("print", elsewhere.resolve("valid.yaml").toString());
        assertEquals(0, print.exitCode(), print.err());
        assertTrue(print.out().startsWith("A NEW FERRY LINE"), "found without --briefings: " + print.out());

        Files.writeString(elsewhere.resolve("broken.yaml"), "version: 1\nid: broken\n");
        Run broken = Run.of("print", elsewhere.resolve("broken.yaml").toString());
        assertEquals(1, broken.exitCode());
        assertTrue(broken.err().contains("broken.yaml does not load: the briefing is missing 'title'")
                && broken.err().contains("brief validate"), broken.err());

        Run missing = Run.of("quiz", elsewhere.resolve("nothing.yaml").toString());
        assertEquals(1, missing.exitCode());
        assertTrue(missing.err().contains("no briefing file") && !missing.err().contains("Exception"), missing.err());
    }

    @Test
    void onlyTheCommandNamedIsSetUpUnlessTheArgumentsNeedMore() {
        assertEquals(java.util.Set.of("print"), Cli.create(new String[] {"print", "--width", "60"}).getSubcommands().keySet());
        assertEquals(java.util.Set.of("quiz"), Cli.create(new String[] {"--debug", "quiz", "print"}).getSubcommands().keySet(),
                "'print' is the quiz's briefing id here");
        // A folder called 'print': print alone cannot parse it, so every command is set up, and quiz runs.
        assertTrue(Cli.create(new String[] {"--briefings", "print", "quiz"}).getSubcommands().containsKey("quiz"));
        assertEquals(Cli.COMMANDS.size(), Cli.create(new String[] {"prnt"}).getSubcommands().size(), "a typo gets suggestions from all");
        assertEquals(Cli.COMMANDS.size(), Cli.create(new String[] {"--help"}).getSubcommands().size());
    }

    @Test
    void everyCommandHasHelp() {
        var commands = Cli.create().getSubcommands().keySet();
        assertTrue(commands.containsAll(java.util.List.of("list", "cards", "quiz", "review", "print", "stats", "validate", "schema",
                "export", "completion")), "the commands the README names: " + commands);
        for (String command : commands) {
            Run run = Run.of(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().startsWith("Usage: brief " + command), run.out());
            assertTrue(run.out().contains("--briefings=DIR") && run.out().contains("--data-dir=DIR"),
                    command + " takes the shared options: " + run.out());
        }
    }
}
