package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two briefing files with one id: progress is kept by id, so brief says so instead of using one in silence. */
class DuplicateIdsTest {
    @TempDir
    Path dir;
    Path briefings;

    @BeforeEach
    void twoFilesOfOneId() throws Exception {
        briefings = Files.createDirectories(dir.resolve("briefings"));
        String yaml;
        try (var in = DuplicateIdsTest.class.getResourceAsStream("/content/valid.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (var in = DuplicateIdsTest.class.getResourceAsStream("/content/article.txt")) {
            Files.write(briefings.resolve("article.txt"), in.readAllBytes());
        }
        Files.writeString(briefings.resolve("ferry.yaml"), yaml);
        Files.writeString(briefings.resolve("ferry-copy.yaml"), yaml.replace("title: A new ferry line", "title: A copy"));
    }

    @Test
    void validateCallsTheSecondFileAnError() {
        Run run = Run.of("validate", briefings.toString());
        assertEquals(1, run.exitCode(), run.out());
        String first = briefings.resolve("ferry-copy.yaml").toString();
        String second = briefings.resolve("ferry.yaml").toString();
        assertTrue(run.out().startsWith(second + ": has the briefing id 'ferry' of " + first + "\n"
                + "  hint: give each briefing an id of its own\n"), run.out());
        assertTrue(run.out().contains("2 files checked: 1 valid, 1 with problems (1 problem, 0 warnings)"), run.out());
    }

    @Test
    void listWarnsNamingBothFiles() {
        Run run = Run.of("list", "--briefings", briefings.toString(), "--data-dir", dir.resolve("data").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("ferry  A copy\n"), "the first file found is used: " + run.out());
        assertEquals("brief: warning: " + briefings.resolve("ferry.yaml") + " has the id 'ferry' of "
                + briefings.resolve("ferry-copy.yaml") + ", which is the one used\n"
                + "hint: give each briefing an id of its own\n", run.err());
    }
}
