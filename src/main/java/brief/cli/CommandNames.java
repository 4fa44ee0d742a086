package brief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the names of the commands, one a line, at build time: the launcher reads them to give each command a
 * class archive of its own, so that the list lives only in {@link Cli}.
 */
public final class CommandNames {
    private CommandNames() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, String.join("\n", Cli.COMMANDS) + "\n", StandardCharsets.UTF_8);
    }
}
