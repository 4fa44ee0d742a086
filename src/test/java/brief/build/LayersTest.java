package brief.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: each package of the tool uses only packages of layers below its own, read from the
 * sources (imports and fully written names alike). A new package fails this test until it is given a layer here.
 */
class LayersTest {
    /** Each package's layer; a package may use packages of lower layers only, never one of its own layer. */
    private static final Map<String, Integer> LAYERS = Map.ofEntries(
            // The pure core's foundation: plain data and writing, no project import, no library.
            Map.entry("brief.model", 0),
            Map.entry("brief.json", 0),
            // Memory models and scheduling: pure functions, under everything that plans or stores study.
            Map.entry("brief.schedule", 1),
            // Reading briefings, running quizzes, laying out the page: the core proper.
            Map.entry("brief.content", 2),
            Map.entry("brief.quiz", 2),
            Map.entry("brief.render", 2),
            // What the core is kept in or sent to.
            Map.entry("brief.progress", 3),
            Map.entry("brief.export", 3),
            // The item-writing checks, which read briefings and the questions the quiz derives from them.
            Map.entry("brief.lint", 3),
            // Drafting, which lays its draft out as the one-page print to keep it to a page.
            Map.entry("brief.draft", 3),
            // What the store keeps, presented as text and JSON: rendering above the store it reads.
            Map.entry("brief.render.stats", 4),
            // The two front ends.
            Map.entry("brief.ui.line", 5),
            Map.entry("brief.ui.tui", 5),
            // The command line, which puts everything together.
            Map.entry("brief.cli", 6));

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
    /** A project type written anywhere: in an import, a static import, or in full in the code. */
    private static final Pattern USE = Pattern.compile("\\b(brief(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Pattern LIBRARY_IMPORT = Pattern.compile("(?m)^import (?:static )?((?!java\\.)[\\w.]+);");

    private record Source(Path file, String pkg, String text) {}

    private static List<Source> sources() throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file);
                Matcher m = PACKAGE.matcher(text);
                out.add(new Source(MAIN.relativize(file), m.find() ? m.group(1) : "", text));
            }
        }
        return out;
    }

    @Test
    void everyPackageHasALayer() throws IOException {
        TreeSet<String> unplaced = new TreeSet<>();
        for (Source s : sources()) {
            if (!LAYERS.containsKey(s.pkg())) unplaced.add(s.pkg());
        }
        assertEquals(new TreeSet<>(), unplaced, "give each new package a layer in LayersTest.LAYERS");
    }

    @Test
    void everyPackageUsesOnlyLayersBelowItsOwn() throws IOException {
        Map<String, TreeSet<String>> outward = new TreeMap<>();
        for (Source s : sources()) {
            Integer layer = LAYERS.get(s.pkg());
            if (layer == null) continue;
            Matcher m = USE.matcher(s.text().substring(s.text().indexOf(';') + 1));
            while (m.find()) {
                String used = m.group(1);
                // A library the build relocates under a package (its shaded copy) is named as that package's own.
                if (used.equals(s.pkg()) || used.startsWith(s.pkg() + ".shaded.")) continue;
                Integer usedLayer = LAYERS.get(used);
                if (usedLayer == null || usedLayer >= layer) {
                    outward.computeIfAbsent(s.file().toString(), f -> new TreeSet<>()).add(used);
                }
            }
        }
        assertEquals(Map.of(), outward, "files that use a package of their own layer or above (layers: " + LAYERS + ")");
    }

    @Test
    void theStoreLeavesPresentationToRender() throws IOException {
        // Stats are computed in progress and written as text or JSON in render.stats, which can see them.
        List<String> presenting = new ArrayList<>();
        for (Source s : sources()) {
            if (!s.pkg().equals("brief.progress")) continue;
            Matcher m = USE.matcher(s.text());
            while (m.find()) {
                if (m.group(1).equals("brief.json") || m.group(1).startsWith("brief.render")) {
                    presenting.add(s.file() + " uses " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), presenting, "the store computes stats; render.stats writes them as text and JSON");
    }

    @Test
    void theFoundationUsesNoLibrary() throws IOException {
        Map<String, TreeSet<String>> libraries = new TreeMap<>();
        for (Source s : sources()) {
            if (LAYERS.getOrDefault(s.pkg(), -1) != 0) continue;
            Matcher m = LIBRARY_IMPORT.matcher(s.text());
            while (m.find()) libraries.computeIfAbsent(s.file().toString(), f -> new TreeSet<>()).add(m.group(1));
        }
        assertEquals(Map.of(), libraries, "model and json are plain Java");
    }

    @Test
    void theToolUsesNoBuildOnlyLibrary() throws IOException {
        // ASM is on the compile class path for src/build/java only; the jar does not hold it.
        List<String> users = sources().stream().filter(s -> s.text().contains("org.objectweb.asm"))
                .map(s -> s.file().toString()).toList();
        assertEquals(List.of(), users, "main sources that use ASM, which is not in the jar");
    }
}
