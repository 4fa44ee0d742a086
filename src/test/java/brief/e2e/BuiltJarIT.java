package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar Maven builds, run from a folder that is not the project, with a clean home. */
class BuiltJarIT {
    @TempDir
    Path elsewhere;

    private Map<String, String> env() {
        return Map.of("HOME", elsewhere.toString(), "XDG_DATA_HOME", elsewhere.resolve("data").toString());
    }

    @Test
    void printsTheBuiltInBriefingFromAnyFolder() throws Exception {
        Jar.Result r = Jar.run(elsewhere, env(), "", "print");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("LEE JAE MYUNG IN BEIJING"), r.out());
        assertTrue(r.out().lines().count() <= 60, "one page");
        assertTrue(r.out().lines().allMatch(l -> l.codePointCount(0, l.length()) <= 80), "80 columns when piped");
        assertTrue(r.out().contains("“"), "typographic quotes survive as UTF-8");
        assertEquals("", r.err());
    }

    @Test
    void theReadmesScriptedQuizScoresFullMarks() throws Exception {
        String line = Files.readAllLines(Jar.ROOT.resolve("README.md")).stream()
                .filter(l -> l.startsWith("printf '") && l.contains("| ./brief quiz")).findFirst()
                .orElseThrow(() -> new AssertionError("README.md shows no scripted quiz"));
        Matcher m = Pattern.compile("printf '([^']*)' \\| ./brief (quiz[^#]*)").matcher(line);
        assertTrue(m.find(), line);
        String input = m.group(1).replace("\\n", "\n");
        Jar.Result r = Jar.run(elsewhere, env(), input, m.group(2).strip().split(" +"));
        assertEquals(0, r.exitCode(), r.err());
        Matcher result = Pattern.compile("Result: (\\d+) of (\\d+) points \\(100%\\)").matcher(r.out());
        assertTrue(result.find(), "README.md's answers are all right:\n" + r.out());
        assertTrue(line.contains(result.group(1) + " of " + result.group(2) + " points"), "README.md says the score: " + line);
    }

    @Test
    void listsTheBuiltInBriefing() throws Exception {
        Jar.Result r = Jar.run(elsewhere, env(), "", "list");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("lee-beijing-visit  "), r.out());
    }

    @Test
    void validatesTheProjectsBriefings() throws Exception {
        Jar.Result r = Jar.run(Jar.ROOT, env(), "", "validate", "briefings");
        assertEquals(0, r.exitCode(), r.out());
        assertTrue(r.out().startsWith("1 file checked: 1 valid"), r.out());
    }

    @Test
    void reportsAHostileFileInOneLineWithoutAStackTrace() throws Exception {
        Path bad = elsewhere.resolve("bomb.yaml");
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            String prev = "*" + (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, prev))).append("]\n");
        }
        Files.writeString(bad, yaml);
        Jar.Result r = Jar.run(elsewhere, env(), "", "validate", "bomb.yaml");
        assertEquals(1, r.exitCode());
        assertTrue(r.out().startsWith("bomb.yaml: too many aliases"), r.out());
        assertFalse((r.out() + r.err()).contains("Exception"), "no stack trace");
    }

    @Test
    void printsAUserErrorForAnUnknownBriefing() throws Exception {
        Jar.Result r = Jar.run(elsewhere, env(), "", "print", "nothing-like-it");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("brief: no briefing with id 'nothing-like-it'\nhint: "), r.err());
    }

    @Test
    void theLauncherRunsTheToolBothWhileMakingItsClassDataArchiveAndWhenUsingIt() throws Exception {
        try (var old = Files.newDirectoryStream(Jar.ROOT.resolve("target"), "cds-*")) {
            for (Path p : old) Files.delete(p);
        }
        String first = null;
        // The first run fills the briefing cache, the second makes the archive, the third uses it.
        for (int run = 0; run < 3; run++) {
            Process p = new ProcessBuilder(Jar.ROOT.resolve("brief").toString(), "print", "--width", "60")
                    .directory(elsewhere.toFile()).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), err);
            assertTrue(out.startsWith("LEE JAE MYUNG IN BEIJING"), "run " + run + ": " + out);
            assertEquals("", err, "run " + run + " says nothing on stderr");
            if (first == null) first = out;
            assertEquals(first, out, "run " + run + " prints what the first printed, and nothing of the JVM's");
            try (var made = Files.newDirectoryStream(Jar.ROOT.resolve("target"), "cds-*-print.{jsa,aot}")) {
                assertEquals(run > 0, made.iterator().hasNext(), "the second run leaves an archive for the next");
            }
        }
    }

    @Test
    void picocliIsArchivedWithTheRestSoItsClassesAreNotLoadedFromTheJarOnEveryRun() throws Exception {
        Path archive = elsewhere.resolve("version.jsa");
        String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Jar.JAR.toString();
        Process dump = new ProcessBuilder(jvm, "-XX:ArchiveClassesAtExit=" + archive, "-Xlog:disable", "-jar", jar,
                "--version").redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        assertEquals(0, dump.waitFor());
        Process run = new ProcessBuilder(jvm, "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load", "-jar", jar,
                "--version").redirectErrorStream(true).start();
        String log = new String(run.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, run.waitFor());
        assertTrue(log.contains("picocli.CommandLine source: shared objects file"), log);
        assertFalse(log.lines().anyMatch(l -> l.contains(" picocli.") && l.contains("source: file:")),
                "no picocli class comes from the jar itself");
    }

    @Test
    void reportsItsVersion() throws Exception {
        Jar.Result r = Jar.run(elsewhere, env(), "", "--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("brief 0."), r.out());
    }
}
