package brief.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small valid briefing and its article, copied into a folder so tests can vary them. */
final class Fixtures {
    private Fixtures() {}

    static String resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/content/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String validYaml() {
        return resource("valid.yaml");
    }

    /** Writes the fixture article and the given briefing text into {@code dir}; returns the briefing's path. */
    static Path write(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("article.txt"), resource("article.txt"));
        Path file = dir.resolve("briefing.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    static LoadedBriefing load(Path dir, String yaml) throws IOException, ContentException {
        Path file = write(dir, yaml);
        return Library.loadFile(new BriefingLoader(), dir, file);
    }

    /** The problems loading {@code yaml} reports; fails when it loads. */
    static java.util.List<Problem> problems(Path dir, String yaml) throws IOException {
        try {
            load(dir, yaml);
        } catch (ContentException e) {
            return e.problems();
        }
        throw new AssertionError("the briefing loaded, but it should have been rejected:\n" + yaml);
    }

    /** The valid fixture with one piece of text replaced; fails when the text is not there. */
    static String validWith(String from, String to) {
        String yaml = validYaml();
        if (!yaml.contains(from)) throw new AssertionError("fixture has no '" + from + "'");
        return yaml.replace(from, to);
    }
}
