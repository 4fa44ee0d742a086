package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder on a disk that fills up: a small tmpfs, so the disk is really full. Mounting one needs root;
 * elsewhere the test is skipped.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskIT {
    @TempDir
    Path dir;
    private SmallDisk small;
    private Path disk;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        small = SmallDisk.mount(dir.resolve("disk"), "4m");
        assumeTrue(small != null, "mounting a small file system needs root");
        disk = small.path();
    }

    @AfterEach
    void unmount() throws Exception {
        if (small != null) small.close();
    }

    @Test
    void aDiskFillingUpMidQuizIsSaidPlainlyTheQuizGoesOnAndNothingStoredIsLost() throws Exception {
        Path data = disk.resolve("data");
        Map<String, String> env = Map.of("BRIEF_HOME", data.toString());
        Jar.Result first = Jar.run(dir, env, "s\n".repeat(3), "quiz", "--plain", "--seed", "1", "--count", "3");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(3, StoredAnswers.count(data));

        ProcessBuilder second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Jar.JAR.toString(), "quiz", "--plain", "--seed", "2", "--count", "6").redirectErrorStream(true)
                .directory(dir.toFile());
        second.environment().putAll(env);
        Process quiz = second.start();
        StringBuilder seen = new StringBuilder();
        OutputStream in = quiz.getOutputStream();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(quiz.getInputStream(), StandardCharsets.UTF_8))) {
            in.write("s\n".getBytes(StandardCharsets.UTF_8));
            in.flush();
            for (String line; (line = out.readLine()) != null; ) {
                seen.append(line).append('\n');
                if (line.contains("Skipped")) break;
            }
            fill(disk);
            in.write("s\n".repeat(5).getBytes(StandardCharsets.UTF_8));
            in.close();
            for (String line; (line = out.readLine()) != null; ) seen.append(line).append('\n');
        }
        assertTrue(quiz.waitFor(60, TimeUnit.SECONDS));
        String transcript = seen.toString();
        assertEquals(0, quiz.exitValue(), transcript);
        assertTrue(transcript.contains("progress is not being saved: could not save the answer: the disk is full"),
                transcript);
        assertTrue(transcript.contains("Question 6 of 6"), "the quiz goes on to the end:\n" + transcript);
        assertFalse(transcript.contains("Exception") || transcript.contains("\tat "), transcript);

        // Starting on the full disk: SQLite may still find room in pages it already has, so some of the quiz may
        // be saved; whatever cannot be is put down to the full disk, and the quiz runs to its end.
        Jar.Result onAFullDisk = Jar.run(dir, env, "s\n", "quiz", "--plain", "--seed", "3", "--count", "1");
        String said = onAFullDisk.err() + onAFullDisk.out();
        assertEquals(0, onAFullDisk.exitCode(), said);
        assertTrue(onAFullDisk.out().contains("Result: 0 of "), said);
        assertTrue(said.lines().filter(l -> l.contains("not being saved")).allMatch(l -> l.endsWith("the disk is full")),
                said);
        assertFalse(said.contains("Exception") || said.contains("\tat "), said);

        Files.delete(disk.resolve("filler"));
        int kept = StoredAnswers.count(data);
        assertTrue(kept >= 4, "the 3 answers of the first quiz and the first of the second are kept: " + kept);
        Jar.Result afterwards = Jar.run(dir, env, "s\n", "quiz", "--plain", "--seed", "4", "--count", "1");
        assertEquals(0, afterwards.exitCode(), afterwards.err());
        assertEquals("", afterwards.err(), "with room again, progress is saved");
        assertEquals(kept + 1, StoredAnswers.count(data));
    }

    /** Writes until the disk has no room left. */
    private static void fill(Path disk) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"))) {
            while (true) out.write(block);
        } catch (IOException full) {
            // No space left on device: that is the point.
        }
        try (OutputStream out = Files.newOutputStream(disk.resolve("filler"), java.nio.file.StandardOpenOption.APPEND)) {
            while (true) out.write(0);
        } catch (IOException full) {
            // Not even one more byte.
        }
    }
}
