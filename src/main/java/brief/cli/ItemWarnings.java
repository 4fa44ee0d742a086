package brief.cli;

import brief.content.LoadedBriefing;
import brief.content.Problem;
import brief.lint.Warnings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prints the item-writing warnings of a briefing that validated; returns how many there were. */
final class ItemWarnings {
    private ItemWarnings() {}

    static int print(PrintWriter out, LoadedBriefing loaded) {
        String yaml = "";
        if (!loaded.builtin()) {
            try {
                yaml = Files.readString(Path.of(loaded.location()), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                yaml = "";
            }
        }
        String file = loaded.builtin() ? loaded.location() : display(Path.of(loaded.location()));
        List<Problem> warnings = Warnings.of(file, yaml, loaded.briefing());
        for (Problem p : warnings) {
            out.println(p);
            if (p.hint() != null) out.println("  hint: " + p.hint());
        }
        return warnings.size();
    }

    private static String display(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) && !file.equals(cwd) ? cwd.relativize(file).toString() : file.toString();
    }
}
