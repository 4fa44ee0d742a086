package brief.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Terminal escape sequences and control characters planted in a briefing's fields, or in its article, never come
 * out of any command raw: not on stdout, not on stderr, not in a file it writes.
 */
class EscapeSequencesTest {
    @TempDir
    Path dir;

    /** As YAML double-quoted escapes: they arrive in the loader as the real control characters. */
    private static final List<String> SEQUENCES = List.of(
            "\\e[2J\\e[H",                    // CSI: clear the screen
            "\\e]0;pwned\\a",                   // OSC: set the window title
            "\\e]52;c;aGVsbG8=\\a",             // OSC 52: write the clipboard
            "\\e]8;;https://example.com\\e\\\\", // OSC 8: a hyperlink
            "\\x9b2J",                        // C1 CSI
            "\\a", "\\r", "\\0", "\\b");

    /** Where to plant them: fields of every kind that some output shows. */
    private static final List<String[]> FIELDS = List.of(
            new String[] {"title: A new ferry line", "title: \"A new %s ferry line\""},
            new String[] {"outlet: Island Gazette", "outlet: \"Island %s Gazette\""},
            new String[] {"text: The council approved a new ferry line.", "text: \"The council %s approved.\""},
            new String[] {"prompt: When does the ferry start?", "prompt: \"When %s does it start?\""},
            new String[] {"text: March 2027", "text: \"March %s 2027\""},
            new String[] {"speaker: rios", "speaker: \"rios%s\""});

    static Stream<Arguments> plantings() {
        List<Arguments> all = new ArrayList<>();
        for (String sequence : SEQUENCES) {
            for (String[] field : FIELDS) all.add(Arguments.of(field[0], String.format(field[1], sequence), null));
            all.add(Arguments.of(null, null, sequence));
        }
        return all.stream();
    }

    private static String resource(String name) {
        try (InputStream in = EscapeSequencesTest.class.getResourceAsStream("/content/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Outside tab and line feed, nothing below space, no DEL and no C1 control. */
    private static void assertNoControlCharacters(String what, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
            assertTrue(!control, String.format("%s has U+%04X at %d:%n%s", what, (int) c, i, text));
        }
    }

    @ParameterizedTest
    @MethodSource("plantings")
    void noCommandLetsThemThrough(String field, String hostile, String inArticle) throws Exception {
        Path briefings = Files.createDirectories(dir.resolve("briefings"));
        String yaml = resource("valid.yaml");
        String article = resource("article.txt");
        if (field != null) {
            assertTrue(yaml.contains(field), field);
            yaml = yaml.replace(field, hostile);
        } else {
            // The article is plain text: plant the real characters just after an evidence passage, where the cards
            // show it in its paragraph.
            String raw = inArticle.replace("\\e", "\u001b").replace("\\a", "\u0007").replace("\\r", "\r")
                    .replace("\\0", "\u0000").replace("\\b", "\b").replace("\\x9b", "\u009b").replace("\\\\", "\\");
            assertTrue(article.contains("approved a new ferry line"));
            article = article.replace("approved a new ferry line", "approved a new ferry line " + raw);
        }
        Files.writeString(briefings.resolve("valid.yaml"), yaml);
        Files.writeString(briefings.resolve("article.txt"), article);
        Run validate = Run.of("validate", briefings.toString());
        assertNotEquals(0, validate.exitCode(), "the planted briefing is refused:\n" + validate.out());
        assertTrue(validate.out().contains("U+"), "and the character is named:\n" + validate.out());
        String[] where = {"--briefings", briefings.toString(), "--data-dir", dir.resolve("data").toString()};
        Path file = dir.resolve("out");
        List<String[]> commands = List.of(
                new String[] {"validate", briefings.toString()},
                new String[] {"list"},
                new String[] {"print", "ferry"},
                new String[] {"print", "ferry", "--format", "markdown"},
                new String[] {"print", "ferry", "--format", "html", "-o", file.toString()},
                new String[] {"cards", "ferry", "--plain"},
                new String[] {"quiz", "ferry", "--plain"},
                new String[] {"stats", "ferry"},
                new String[] {"stats", "--json"},
                new String[] {"export", "ferry", "--to", "anki", "-o", file.toString()},
                new String[] {"export", "ferry", "--to", "gift"},
                new String[] {"export", "ferry", "--to", "json"});
        for (String[] command : commands) {
            String[] args = command[0].equals("validate") ? command : Stream.of(command, where)
                    .flatMap(Stream::of).toArray(String[]::new);
            Run run = Run.of(args);
            String name = String.join(" ", command);
            assertNoControlCharacters(name + " (stdout)", run.out());
            assertNoControlCharacters(name + " (stderr)", run.err());
            if (Files.exists(file)) {
                assertNoControlCharacters(name + " (file)", Files.readString(file));
                Files.delete(file);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("arguments")
    void argumentsCarryingThemAreShownWithThemWrittenOut(String[] args) {
        Run run = Run.of(args);
        String name = String.join(" ", args);
        assertNoControlCharacters(name + " (stdout)", run.out());
        assertNoControlCharacters(name + " (stderr)", run.err());
        assertTrue((run.out() + run.err()).contains("\\u001b"), "the character is named:\n" + run.out() + run.err());
    }

    /** What a user passes is quoted back in messages: an id, a --card, a value picocli refuses, a path. */
    static Stream<Arguments> arguments() {
        String csi = "x\u001b[2J\u0007";
        return Stream.of(
                new String[] {"print", csi},
                new String[] {"quiz", "--plain", "--card", csi},
                new String[] {"quiz", "--plain", "--topic", csi},
                new String[] {"print", "--format", csi},
                new String[] {csi},
                new String[] {"validate", "/tmp/" + csi},
                new String[] {"print", "-o", "/nonexistent/" + csi},
                new String[] {"list", "--briefings", "/nonexistent/" + csi})
                .map(a -> Arguments.of((Object) a));
    }
}
