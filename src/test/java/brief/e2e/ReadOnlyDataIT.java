package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder that cannot be written, made so by a read-only mount (which stops root too, unlike file
 * permissions): what was saved is still shown, the quiz still runs, and nothing stored is lost.
 */
@EnabledOnOs(OS.LINUX)
class ReadOnlyDataIT {
    @TempDir
    Path dir;

    @Test
    void progressSavedBeforeIsShownTheQuizRunsUnsavedAndNothingIsLost() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("read only disk"), "8m")) {
            assumeTrue(disk != null, "mounting a small file system needs root");
            Path data = disk.path().resolve("data");
            Map<String, String> env = Map.of("BRIEF_HOME", data.toString());
            Jar.Result first = Jar.run(dir, env, "s\ns\ns\n", "quiz", "--plain", "--seed", "1", "--count", "3");
            assertEquals(0, first.exitCode(), first.err());
            assertEquals(3, StoredAnswers.count(data));

            assumeTrue(disk.readOnly(true), "remounting a file system read-only is not allowed here");
            String warning = "brief: progress is not being saved: the data folder " + data
                    + " is not writable (what was saved before is still shown)";
            Jar.Result stats = Jar.run(dir, env, "", "stats", "--json");
            assertEquals(0, stats.exitCode(), stats.err());
            assertEquals(warning, stats.err().strip());
            assertTrue(stats.out().contains("\"sessions\": 1,"), "the session saved before:\n" + stats.out());

            Jar.Result mistakes = Jar.run(dir, env, "s\ns\ns\n", "quiz", "--plain", "--mistakes", "--seed", "1");
            assertEquals(0, mistakes.exitCode(), mistakes.err());
            assertEquals(warning, mistakes.err().strip());
            assertTrue(mistakes.out().contains("3 questions"), "the three missed questions:\n" + mistakes.out());
            assertTrue(mistakes.out().contains("Question 3 of 3"), mistakes.out());
            assertFalse(mistakes.out().contains("Exception"), mistakes.out());

            assertTrue(disk.readOnly(false), "the disk is writable again");
            assertEquals(3, StoredAnswers.count(data), "what was stored is still there, and nothing more");
        }
    }
}
