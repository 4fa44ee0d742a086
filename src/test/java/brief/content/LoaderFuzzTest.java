package brief.content;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

/**
 * Thousands of generated and mutated briefings: the loader either loads them or reports problems, within 2
 * seconds each; nothing else ever escapes it.
 */
class LoaderFuzzTest {
    private static final String SEED = read();

    private static String read() {
        try {
            return Files.readString(Path.of("briefings/lee-beijing-visit.yaml"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Loads within 2 seconds, or fails the property: a document that hangs the loader is as bad as a crash. */
    private static void load(byte[] bytes) {
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            try {
                new BriefingLoader().load("fuzz.yaml", bytes, path -> new Article(SEED), "fuzz");
            } catch (ContentException expected) {
                // A clear refusal is a right answer for a broken file.
            }
        });
    }

    @Property(tries = 1500)
    void mutationsOfTheShippedBriefingOnlyEverLoadOrReportProblems(@ForAll("mutations") String yaml) {
        load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 1000)
    void arbitraryTextOnlyEverLoadsOrReportsProblems(@ForAll("yamlish") String yaml) {
        load(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void arbitraryBytesOnlyEverLoadOrReportProblems(@ForAll byte[] bytes) {
        load(bytes);
    }

    @Provide
    Arbitrary<String> mutations() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, SEED.length() - 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
        Arbitrary<String> insert = Arbitraries.oneOf(
                Arbitraries.of("\n", ": ", "- ", "[", "]", "{", "}", "&a ", "*a", "!!str ", "!!binary ", "'", "\"", "#",
                        "  ", "\t", "|\n", ">-\n", "~", "null", "- id: x\n", "version: 2\n", "\u001b[2J", "\u0000",
                        "李在明", "\u202e", "e\u0301", "? ", "---\n", "...\n", "<<: *a\n"),
                Arbitraries.strings().ofMaxLength(12));
        return Combinators.combine(at, length, insert).as((i, n, s) ->
                SEED.substring(0, i) + s + SEED.substring(Math.min(SEED.length(), i + n)));
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars("abc:-[]{}&*!|>'\"#\n \t01?,.%@`").ofMaxLength(200);
    }
}
