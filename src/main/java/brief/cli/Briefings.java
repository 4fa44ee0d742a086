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

    static Library library(BriefingsOption option) {
        List<Path> folders = Library.defaultFolders(option.folders, System.getenv(), Path.of(""));
        return Library.load(folders, true, new BriefingCache(DataDir.cache(System.getenv()).resolve("briefings"),
                Version.build()));
    }

    /** The briefing the id names (or the only one); files that failed to load are mentioned on stderr. */
    static LoadedBriefing find(BriefingsOption option, String id, PrintWriter err) {
        Library library = library(option);
        try {
            return library.find(id);
        } catch (LookupException e) {
            reportFailures(library, err);
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
