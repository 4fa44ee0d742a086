package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command loads is what it costs to start: the built jar's classes, as the JVM reports them loading, hold
 * nothing of another command and none of the libraries only other commands use.
 */
class ClassLoadIT {
    /** Libraries that the one-page briefing never needs, by package. */
    private static final List<String> NOT_FOR_PRINT = List.of("com.googlecode.lanterna.", "org.jline.", "org.sqlite.",
            "org.apache.pdfbox.", "org.apache.fontbox.", "opennlp.", "org.jsoup.", "brief.ui.", "brief.quiz.",
            "brief.export.");
    /** Libraries a quiz in line mode never needs: the full screen, the PDF, drafting, exports. */
    private static final List<String> NOT_FOR_QUIZ = List.of("com.googlecode.lanterna.", "org.apache.pdfbox.",
            "org.apache.fontbox.", "opennlp.", "org.jsoup.", "brief.ui.tui.", "brief.export.");
    /** Only a briefing missing from the cache (or changed since) is parsed. */
    private static final String YAML = "org.yaml.snakeyaml.";
    private static final Pattern LOADED = Pattern.compile("^\\[[^]]*\\]\\[info\\]\\[class,load\\] (\\S+) source: ",
            Pattern.MULTILINE);

    @TempDir
    Path home;

    @Test
    void printLoadsNeitherAnotherCommandNorALibraryItDoesNotUse() throws Exception {
        run("print");
        List<String> loaded = loadedBy("print");
        assertTrue(loaded.contains("brief.render.OnePage"), "the log names the classes print used: " + loaded);
        assertNone(loaded, NOT_FOR_PRINT, "print");
        assertNone(loaded, List.of(YAML), "print, its briefing already in the cache");
        assertNoOtherCommand(loaded, "print");
        assertFalse(loaded.contains("picocli.CommandLine"), "print with plain arguments runs without setting up picocli");
    }

    @Test
    void printAskedForHelpIsAnsweredByPicocli() throws Exception {
        List<String> loaded = loadedBy("print", "--help");
        assertTrue(loaded.contains("picocli.CommandLine"), "help comes from the annotated commands: " + loaded);
    }

    @Test
    void aBriefingMissingFromTheCacheIsParsedSoTheLogTellsTheDifference() throws Exception {
        List<String> loaded = loadedBy("print");
        assertTrue(loaded.stream().anyMatch(c -> c.startsWith(YAML)), "the first run parses the YAML: " + loaded);
    }

    @Test
    void aQuizInLineModeLoadsNeitherTheFullScreenNorThePdfNorAnotherCommand() throws Exception {
        run("quiz", "--plain", "--count", "1");
        List<String> loaded = loadedBy("quiz", "--plain", "--count", "1");
        assertTrue(loaded.contains("brief.quiz.QuizSession"), "the log names the classes the quiz used: " + loaded);
        assertNone(loaded, NOT_FOR_QUIZ, "quiz --plain");
        assertNone(loaded, List.of(YAML), "quiz, its briefing already in the cache");
        assertNoOtherCommand(loaded, "quiz");
    }

    @Test
    void aQuizOverAPipeSetsUpNoTerminal() throws Exception {
        run("quiz", "--plain", "--count", "1");
        List<String> loaded = loadedBy("quiz", "--plain", "--count", "1");
        assertTrue(loaded.contains("brief.ui.line.LineQuiz"), "the quiz ran in line mode: " + loaded);
        assertNone(loaded, List.of("org.jline.terminal.impl.", "java.lang.ProcessBuilder"), "quiz --plain over a pipe");
        assertFalse(loaded.contains("picocli.CommandLine"), "quiz with plain arguments runs without setting up picocli");
    }

    @Test
    void aReviewInLineModeLoadsNeitherTheFullScreenNorATerminalNorAnotherCommand() throws Exception {
        run("review", "--plain");
        List<String> loaded = loadedBy("review", "--plain");
        assertTrue(loaded.contains("brief.ui.line.LineQuiz"), "the review asked its questions in line mode: " + loaded);
        assertNone(loaded, NOT_FOR_QUIZ, "review --plain");
        assertNone(loaded, List.of(YAML, "org.jline.terminal.impl."), "review over a pipe, its briefing already in the cache");
        assertNoOtherCommand(loaded, "review");
        assertFalse(loaded.contains("picocli.CommandLine"), "review with plain arguments runs without setting up picocli");
    }

    @Test
    void theLauncherGivesACommandNamedAfterAnOptionItsOwnClassArchive() throws Exception {
        List<String> names = Files.readAllLines(Jar.ROOT.resolve("target/brief.commands"));
        assertTrue(names.containsAll(List.of("print", "quiz", "schema", "stats")), "the build lists the commands: " + names);
        try (var old = Files.newDirectoryStream(Jar.ROOT.resolve("target"), "cds-*-schema.*")) {
            for (Path p : old) Files.delete(p);
        }
        // The archive is made on the second run.
        for (int run = 0; run < 2; run++) {
            Process p = new ProcessBuilder(Jar.ROOT.resolve("brief").toString(), "--briefings", home.toString(), "schema")
                    .directory(home.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
        }
        try (var made = Files.newDirectoryStream(Jar.ROOT.resolve("target"), "cds-*-schema.{jsa,aot}")) {
            assertTrue(made.iterator().hasNext(), "schema, named after --briefings DIR, has an archive of its own");
        }
    }

    private static void assertNone(List<String> loaded, List<String> packages, String command) {
        List<String> found = loaded.stream().filter(c -> packages.stream().anyMatch(c::startsWith)).toList();
        assertEquals(List.of(), found, command + " loads classes it does not use");
    }

    /** Every brief.cli.NameCommand but the command's own and the top command's belongs to another command. */
    private static void assertNoOtherCommand(List<String> loaded, String command) {
        String own = "brief.cli." + Character.toUpperCase(command.charAt(0)) + command.substring(1) + "Command";
        List<String> others = loaded.stream().filter(c -> c.matches("brief\\.cli\\.[A-Za-z]+Command"))
                .filter(c -> !c.equals(own) && !c.equals("brief.cli.BriefCommand")).toList();
        assertFalse(loaded.stream().noneMatch(own::equals), command + "'s own class is in the log");
        assertEquals(List.of(), others, command + " loads other commands' classes");
    }

    private List<String> loadedBy(String... args) throws IOException, InterruptedException {
        String log = run(prepend("-Xlog:class+load", args));
        List<String> names = new ArrayList<>();
        Matcher m = LOADED.matcher(log);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static String[] prepend(String option, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = option;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** Runs the jar (JVM options first, then brief's arguments) with no input; returns what it wrote. */
    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        int i = 0;
        while (i < args.length && args[i].startsWith("-X")) command.add(args[i++]);
        command.addAll(List.of("-jar", Jar.JAR.toString()));
        command.addAll(List.of(args).subList(i, args.length));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("HOME", home.toString());
        pb.environment().put("BRIEF_HOME", home.resolve("brief").toString());
        pb.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
        pb.environment().put("XDG_CACHE_HOME", home.resolve("cache").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("brief did not finish: " + command);
        }
        assertEquals(0, p.exitValue(), out);
        return out;
    }
}
