package brief.cli;

import brief.content.BriefingCache;
import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.content.LookupException;
import brief.progress.DataDir;
import brief.content.Safe;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Finds briefings for a command where the README says they are found. */
final class Briefings {
    private Briefings() {}

    /** The briefings in the folders given (none: the default ones), from the cache when a built jar runs. */
    static Library library(List<Path> given) {
        List<Path> folders = Library.defaultFolders(given, System.getenv(), Path.of(""));
        return Library.load(folders, true, cache());
    }

    /** Where loaded briefings are kept between runs of a built jar; null when not run from one. */
    static BriefingCache cache() {
        return Version.build()
                .map(build -> new BriefingCache(DataDir.cache(System.getenv()).resolve("briefings"), build))
                .orElse(null);
    }

    /** The briefings in the folders given, or a user error (after saying what failed to load) when there are none. */
    static Library someFound(List<Path> given, PrintWriter err) {
        Library library = library(given);
        if (library.briefings().isEmpty()) {
            reportFailures(library, err);
            throw new UserException("no briefings found", "give a folder with --briefings DIR");
        }
        return library;
    }

    /**
     * The briefing the id names (or the only one). Files and folders that failed to load are mentioned on
     * stderr even when the briefing is found: a mistyped --briefings should not pass unnoticed.
     */
    static LoadedBriefing find(List<Path> given, String id, PrintWriter err) throws LookupException {
        if (id != null && (id.endsWith(".yaml") || id.endsWith(".yml"))) return file(Path.of(id));
        Library library = library(given);
        reportFailures(library, err);
        return library.find(id);
    }

    /**
     * The briefing a file holds, named by its path ("briefings/ferry.yaml", as {@code brief draft} and
     * {@code brief validate} name it), with the article found from the file's own folder.
     */
    private static LoadedBriefing file(Path file) throws LookupException {
        if (!Files.isRegularFile(file)) {
            throw new LookupException("no briefing file " + Safe.clean(file.toString()),
                    "give a briefing's id, or the path of a .yaml file ('brief list' shows both)");
        }
        Path abs = file.toAbsolutePath().normalize();
        Library library = Library.load(List.of(abs.getParent()), false, cache());
        for (LoadedBriefing b : library.briefings()) {
            if (Path.of(b.location()).equals(abs)) return b;
        }
        for (Library.Failure f : library.failures()) {
            if (Path.of(f.location()).toAbsolutePath().normalize().equals(abs)) {
                throw new LookupException(Safe.clean(file.toString()) + " does not load: " + f.problems().get(0).message(),
                        "'brief validate " + Safe.clean(file.toString()) + "' lists every problem");
            }
        }
        // another file of the folder, read first, has the same id
        throw new LookupException(Safe.clean(file.toString()) + " has the id of another briefing in its folder",
                "give each briefing an id of its own ('brief validate' names both)");
    }

    /** What did not load, and which files were passed over for having the id of one loaded before them. */
    static void reportFailures(Library library, PrintWriter err) {
        for (Library.Failure f : library.failures()) {
            err.println("brief: skipped " + f.location() + ": " + f.problems().get(0).message()
                    + (f.problems().size() > 1 ? " (and " + (f.problems().size() - 1) + " more problems)" : ""));
        }
        for (Library.Shadowed s : library.shadowed()) {
            err.println("brief: warning: " + s.location() + " has the id '" + s.id() + "' of " + s.kept()
                    + ", which is the one used");
        }
        if (!library.failures().isEmpty()) err.println("hint: 'brief validate' lists every problem");
        if (!library.shadowed().isEmpty()) err.println("hint: give each briefing an id of its own");
    }
}
