package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate reports item-writing warnings at their line and column, and --strict makes them errors. */
class StrictValidateTest {
    @TempDir
    Path dir;

    private static final String ARTICLE = "The island council approved a new ferry line on Tuesday. The ferry will cost "
            + "$41 million and carry a crew of nine. Councillor Ada Brenn said the line would open in May.\n";

    private Path write() throws Exception {
        Files.writeString(dir.resolve("ferry.txt"), ARTICLE);
        Path file = dir.resolve("ferry.yaml");
        Files.writeString(file, String.join("\n",
                "version: 1",
                "id: ferry",
                "title: A new ferry line",
                "lead: The council approved a ferry.",
                "source: {path: ferry.txt, title: Ferry, outlet: Gazette, kind: news, perspective: The council's.}",
                "bluf: A ferry is coming.",
                "derive: {figures: false, quotes: false, people: false, timeline: false}",
                "cards:",
                "  - id: decision",
                "    title: The decision",
                "    topic: transport",
                "    points:",
                "      - {id: approved, text: The council approved a ferry., kind: fact, evidence: approved a new ferry line}",
                "questions:",
                "  - id: q-cost",
                "    type: numeric",
                "    prompt: What will the ferry cost, in millions of dollars?",
                "    card: decision",
                "    difficulty: 1",
                "    hint: A little over 40 million.",
                "    explain: $41 million.",
                "    evidence: The ferry will cost $41 million",
                "    answer: 41",
                "    unit: million dollars",
                ""));
        return file;
    }

    @Test
    void aWarningIsReportedAtItsLineAndColumnWithWhatToChange() throws Exception {
        Path file = write();
        Run run = Run.of("validate", file.toString());
        assertEquals(0, run.exitCode(), "warnings alone do not fail validate:\n" + run.out());
        assertTrue(run.out().contains("ferry.yaml:20:11: warning: question q-cost: the hint “A little over 40 million.” "
                + "states the answer [hint-has-answer]\n  hint: write a hint that narrows the answer down without "
                + "stating it\n"), run.out());
        assertTrue(run.out().contains("(0 problems, 1 warning)"), run.out());
    }

    @Test
    void strictMakesWarningsErrors() throws Exception {
        Run run = Run.of("validate", "--strict", write().toString());
        assertEquals(1, run.exitCode(), run.out());
        assertTrue(run.out().contains("(0 problems, 1 warning, errors with --strict)"), run.out());
    }

    @Test
    void theShippedBriefingPassesStrict() {
        Run run = Run.of("validate", "--strict", "briefings");
        assertEquals(0, run.exitCode(), run.out());
    }
}
