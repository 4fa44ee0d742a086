package brief.draft;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A test article drafted as {@code brief draft} leaves it: the briefing and the article's text in a folder. */
public record DraftedArticle(Input input, Draft draft, Path yaml) {

    /** Drafts the test article {@code file} under the quiz session's rules into {@code dir}'s briefings and seeds. */
    public static DraftedArticle write(String file, Path dir) throws IOException {
        return write(file, Measured.resource(file), dir);
    }

    /** Drafts the article {@code text}, read as its file name {@code file} says, into {@code dir}. */
    static DraftedArticle write(String file, String text, Path dir) throws IOException {
        Input input = Measured.read(file, text);
        String id = Drafts.idFor(input.headline(), input.plain());
        Draft d = Drafter.draft(input, Measured.language(), id, "../seeds/" + id + ".txt", null,
                brief.cli.DraftRules.RULES);
        Files.createDirectories(dir.resolve("briefings"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/" + id + ".txt"), input.plain());
        Path yaml = dir.resolve("briefings/" + id + ".yaml");
        Files.writeString(yaml, YamlOut.write(d, id + ".txt"));
        return new DraftedArticle(input, d, yaml);
    }
}
