package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile briefing files given to the built jar in a 256 MB heap: each refused with one clear line, quickly. */
class HostileFilesIT {
    @TempDir
    Path dir;

    private static Map<String, byte[]> corpus() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        StringBuilder laughs = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            laughs.append(c).append(": &").append(c).append(" [").append(String.join(", ",
                    java.util.Collections.nCopies(9, "*" + (char) (c - 1)))).append("]\n");
        }
        files.put("billion-laughs.yaml", laughs.toString().getBytes(StandardCharsets.UTF_8));
        files.put("deep.yaml", ("x: " + "[".repeat(50_000) + "]".repeat(50_000)).getBytes(StandardCharsets.UTF_8));
        files.put("huge.yaml", ("lead: '" + "x".repeat(30 * 1024 * 1024) + "'\n").getBytes(StandardCharsets.UTF_8));
        files.put("script-engine.yaml", "id: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\n"
                .getBytes(StandardCharsets.UTF_8));
        files.put("url.yaml", "id: !!java.net.URL [\"http://127.0.0.1/\"]\n".getBytes(StandardCharsets.UTF_8));
        files.put("duplicate-keys.yaml", "version: 1\nversion: 1\n".getBytes(StandardCharsets.UTF_8));
        files.put("invalid-utf8.yaml", new byte[] {'i', 'd', ':', ' ', (byte) 0xff, (byte) 0xfe, '\n'});
        files.put("escape.yaml", "version: 1\ntitle: \"\\e]52;c;aGVsbG8=\\a\\e[2J\"\n".getBytes(StandardCharsets.UTF_8));
        files.put("tab-indent.yaml", "version: 1\nsource:\n\tpath: x\n".getBytes(StandardCharsets.UTF_8));
        files.put("escape-path.yaml", ("version: 1\nid: x\ntitle: T\nlead: L\nbluf: B\nsource: {path: ../../../etc/passwd, "
                + "title: t, outlet: o, kind: news, perspective: p}\ncards: [{id: c, title: C, topic: t, points: "
                + "[{id: p, text: P, kind: fact, evidence: root}]}]\n").getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void everyHostileFileIsRefusedInOneClearLineWithinABoundedHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (Map.Entry<String, byte[]> e : corpus().entrySet()) {
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
