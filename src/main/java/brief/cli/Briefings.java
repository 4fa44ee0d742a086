package brief.cli;

import brief.content.BriefingCache;
import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.content.LookupException;
import brief.progress.DataDir;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Finds briefings for a command the way PRODUCT.md says, turning lookup failures into user errors. */
final class Briefings {
    private Briefings() {}

    /** The briefings in the folders given (none: the default ones). */
    static Library library(List<Path> given) {
        List<Path> folders = Library.defaultFolders(given, System.getenv(), Path.of(""));
        return Library.load(folders, true, new BriefingCache(DataDir.cache(System.getenv()).resolve("briefings"),
                Version.build()));
    }

    /**
     * The briefing the id names (or the only one). Files and folders that failed to load are mentioned on
     * stderr even when the briefing is found: a mistyped --briefings should not pass unnoticed.
     */
    static LoadedBriefing find(List<Path> given, String id, PrintWriter err) {
        Library library = library(given);
        reportFailures(library, err);
        try {
            return library.find(id);
        } catch (LookupException e) {
            throw new UserException(e.getMessage(), e.hint());
        }
    }

    static void reportFailures(Library library, PrintWriter err) {
        for (Library.Failure f : library.failures()) {
            err.println("brief: skipped " + f.location() + ": " + f.problems().get(0).message()
                    + (f.problems().size() > 1 ? " (and " + (f.problems().size() - 1) + " more problems)" : ""));
        }
        if (!library.failures().isEmpty()) err.println("hint: 'brief validate' lists every problem");
    }
}
