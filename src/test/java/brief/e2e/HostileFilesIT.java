package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.HostileCorpus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile briefing files given to the built jar in a 256 MB heap: each refused with one clear line, quickly. */
class HostileFilesIT {
    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsRefusedInOneClearLineWithinABoundedHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (Map.Entry<String, byte[]> e : HostileCorpus.files().entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.write(file, e.getValue());
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-jar", Jar.JAR.toString(), "validate",
                    file.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(20, TimeUnit.SECONDS), e.getKey() + " did not finish");
            assertEquals(1, p.exitValue(), e.getKey() + ": " + out);
            assertTrue(out.startsWith(file.toString()) || out.startsWith(e.getKey()), e.getKey() + ": " + out);
            assertFalse(out.contains("Exception") || out.contains("\tat "), e.getKey() + " shows no stack trace: " + out);
            assertFalse(out.chars().anyMatch(c -> c == 0x1b || c == 0x07), e.getKey() + " echoes no escape: " + out);
        }
    }
}
