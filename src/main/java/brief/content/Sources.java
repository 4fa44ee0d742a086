package brief.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where briefing files and their articles are read from: folders on disk, or the jar. */
final class Sources {
    private Sources() {}

    /** Whether a file is over the size limit, told without reading it. */
    static boolean tooLarge(Path file) throws IOException {
        return Files.size(file) > YamlDocument.MAX_BYTES;
    }

    /**
     * Articles of a briefing in {@code briefingFile}, which lies under the folder {@code root}: the
     * article must resolve (symbolic links included) inside {@code root} or the {@code seeds} folder beside it.
     */
    static BriefingLoader.ArticleReader folder(Path root, Path briefingFile) {
        return sourcePath -> {
            Path base = briefingFile.toAbsolutePath().getParent();
            Path candidate;
            try {
                candidate = base.resolve(sourcePath).normalize();
            } catch (InvalidPathException e) {
                throw new ContentException(Problem.at("", "source.path '" + Safe.clean(sourcePath) + "' is not a path"));
            }
            Path real;
            try {
                real = candidate.toRealPath();
            } catch (NoSuchFileException e) {
                throw new ContentException(new Problem("", 0, 0, "the article '" + Safe.clean(sourcePath)
                        + "' does not exist (looked for " + candidate + ")",
                        "source.path is relative to the briefing file"));
            } catch (IOException e) {
                throw new ContentException(Problem.at("", "cannot read the article: " + e.getMessage()));
            }
            if (!within(real, root) && !within(real, root.resolve("../seeds"))) {
                throw new ContentException(new Problem("", 0, 0, "source.path '" + Safe.clean(sourcePath)
                        + "' leads outside the briefings folder and seeds/", "keep the article beside the briefings, "
                        + "or in a seeds/ folder next to the briefings folder"));
            }
            if (!Files.isRegularFile(real)) {
                throw new ContentException(Problem.at("", "the article '" + Safe.clean(sourcePath) + "' is not a file"));
            }
            try {
                if (tooLarge(real)) {
                    throw new ContentException(Problem.at("", "the article '" + Safe.clean(sourcePath) + "' is too large"));
                }
                return Article.checked(new String(Files.readAllBytes(real), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new ContentException(Problem.at("", "cannot read the article: " + e.getMessage()));
            }
        };
    }

    private static boolean within(Path real, Path folder) {
        try {
            Path f = folder.toAbsolutePath().normalize();
            if (!Files.isDirectory(f)) return false;
            return real.startsWith(f.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** Articles of a built-in briefing: resources under {@code builtin/}, by the same relative rule. */
    static BriefingLoader.ArticleReader builtin() {
        return sourcePath -> {
            Path resolved = Path.of("builtin/briefings").resolve(sourcePath).normalize();
            String name = resolved.toString().replace('\\', '/');
            if (!name.startsWith("builtin/briefings/") && !name.startsWith("builtin/seeds/")) {
                throw new ContentException(Problem.at("", "source.path '" + Safe.clean(sourcePath)
                        + "' leads outside the built-in briefings"));
            }
            byte[] bytes = resource(name);
            if (bytes == null) {
                throw new ContentException(Problem.at("", "the built-in article '" + name + "' is missing from the jar"));
            }
            return Article.checked(new String(bytes, StandardCharsets.UTF_8));
        };
    }

    static byte[] resource(String name) {
        return Resources.read(name, YamlDocument.MAX_BYTES + 1);
    }
}
