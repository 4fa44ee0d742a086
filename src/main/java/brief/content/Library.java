package brief.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** The briefings found in the folders a user works with, plus the ones built into the jar. */
public final class Library {
    public static final String BUILTIN_PREFIX = "builtin:";
    private static final String BUILTIN_INDEX = "brief/builtin-briefings.txt";

    private final List<LoadedBriefing> briefings;
    private final List<Failure> failures;
    private final List<Shadowed> shadowed;

    /** A briefing file that could not be loaded, and why. */
    public record Failure(String location, List<Problem> problems) {}

    /** A briefing file passed over because the one at {@code kept}, found before it, has the same id. */
    public record Shadowed(String location, String id, String kept) {}

    private Library(List<LoadedBriefing> briefings, List<Failure> failures, List<Shadowed> shadowed) {
        this.briefings = List.copyOf(briefings);
        this.failures = List.copyOf(failures);
        this.shadowed = List.copyOf(shadowed);
    }

    /**
     * The folders to search: those given, else {@code ./briefings} when it exists; plus the user's own,
     * {@link Home#briefings} ({@code $BRIEF_HOME/briefings}, else {@code $XDG_DATA_HOME/brief/briefings}), when it
     * exists.
     */
    public static List<Path> defaultFolders(List<Path> given, Map<String, String> env, Path cwd) {
        List<Path> folders = new ArrayList<>();
        if (!given.isEmpty()) {
            folders.addAll(given);
        } else if (Files.isDirectory(cwd.resolve("briefings"))) {
            folders.add(cwd.resolve("briefings"));
        }
        Path user = Home.briefings(env);
        if (Files.isDirectory(user)) folders.add(user);
        return folders;
    }

    /** Loads every briefing in the folders (then the built-in ones); the first of each id wins. */
    public static Library load(List<Path> folders, boolean withBuiltin) {
        return load(folders, withBuiltin, null);
    }

    /** As {@link #load(List, boolean)}, taking briefings from {@code cache} (if not null) when they are there. */
    public static Library load(List<Path> folders, boolean withBuiltin, BriefingCache cache) {
        Supplier<BriefingLoader> loader = new Lazily();
        Map<String, LoadedBriefing> byId = new LinkedHashMap<>();
        List<Failure> failures = new ArrayList<>();
        List<Shadowed> shadowed = new ArrayList<>();
        List<byte[]> loaded = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                failures.add(new Failure(folder.toString(), List.of(Problem.at(folder.toString(),
                        "is not a folder of briefings"))));
                continue;
            }
            for (Path file : briefingFiles(folder)) {
                try {
                    byte[] bytes = read(file);
                    LoadedBriefing b = load(loader, cache, display(file), bytes, Sources.folder(folder, file),
                            file.toAbsolutePath().normalize().toString());
                    LoadedBriefing first = byId.putIfAbsent(b.briefing().id(), b);
                    if (first != null) shadowed.add(new Shadowed(display(file), b.briefing().id(), display(first)));
                    loaded.add(bytes);
                } catch (ContentException e) {
                    failures.add(new Failure(display(file), e.problems()));
                }
            }
        }
        if (withBuiltin) {
            for (String name : builtinNames()) {
                try {
                    byte[] bytes = Sources.resource("builtin/briefings/" + name);
                    // A copy already loaded from a folder (./briefings in a clone of brief) has the same id
                    // and wins anyway: loading the built-in one again would only cost start-up time.
                    if (bytes == null) {
                        throw new ContentException(Problem.at(BUILTIN_PREFIX + name, "is missing from the jar"));
                    }
                    if (loaded.stream().anyMatch(b -> Arrays.equals(b, bytes))) continue;
                    LoadedBriefing b = load(loader, cache, BUILTIN_PREFIX + name, bytes, Sources.builtin(),
                            BUILTIN_PREFIX + name);
                    byId.putIfAbsent(b.briefing().id(), b);
                } catch (ContentException e) {
                    failures.add(new Failure(BUILTIN_PREFIX + name, e.problems()));
                }
            }
        }
        return new Library(new ArrayList<>(byId.values()), failures, shadowed);
    }

    public List<LoadedBriefing> briefings() {
        return briefings;
    }

    public List<Failure> failures() {
        return failures;
    }

    /** Files with the id of a briefing found before them: the user's folders hold two briefings of one id. */
    public List<Shadowed> shadowed() {
        return shadowed;
    }

    /**
     * The briefing an id names: the exact id, else the only one the id is a prefix of, whatever its case (ids are
     * lower case). With no id, the only briefing there is.
     */
    public LoadedBriefing find(String given) throws LookupException {
        if (briefings.isEmpty()) {
            throw new LookupException("no briefings found", "give a folder with --briefings DIR, or run "
                    + "'brief validate' on your briefing files to see why they do not load");
        }
        if (given == null || given.isBlank()) {
            if (briefings.size() == 1) return briefings.get(0);
            throw new LookupException("there are " + briefings.size() + " briefings: say which one",
                    "ids: " + ids(briefings));
        }
        String id = given.toLowerCase(Locale.ROOT);
        for (LoadedBriefing b : briefings) {
            if (b.briefing().id().equals(id)) return b;
        }
        List<LoadedBriefing> matches = briefings.stream().filter(b -> b.briefing().id().startsWith(id)).toList();
        if (matches.size() == 1) return matches.get(0);
        if (matches.isEmpty()) {
            throw new LookupException("no briefing with id '" + Safe.clean(given) + "'", "ids: " + ids(briefings)
                    + " (see 'brief list')");
        }
        throw new LookupException("'" + Safe.clean(given) + "' could be any of " + matches.size() + " briefings",
                "ids: " + ids(matches));
    }

    private static String ids(List<LoadedBriefing> list) {
        return String.join(", ", list.stream().map(b -> b.briefing().id()).toList());
    }

    /** Loads one briefing file lying under the folder {@code root}. */
    public static LoadedBriefing loadFile(BriefingLoader loader, Path root, Path file) throws ContentException {
        return load(() -> loader, null, display(file), read(file), Sources.folder(root, file),
                file.toAbsolutePath().normalize().toString());
    }

    private static LoadedBriefing load(Supplier<BriefingLoader> loader, BriefingCache cache, String name, byte[] bytes,
                                       BriefingLoader.ArticleReader articles, String location) throws ContentException {
        LoadedBriefing kept = cache == null ? null : cache.find(location, bytes, articles);
        if (kept != null) return kept;
        LoadedBriefing loaded = loader.get().load(name, bytes, articles, location);
        if (cache != null) cache.keep(bytes, loaded);
        return loaded;
    }

    /** The loader, made when a briefing is not in the cache: a run that finds all in it loads no YAML parser. */
    private static final class Lazily implements Supplier<BriefingLoader> {
        private BriefingLoader loader;

        @Override
        public BriefingLoader get() {
            if (loader == null) loader = new BriefingLoader();
            return loader;
        }
    }

    private static byte[] read(Path file) throws ContentException {
        String name = display(file);
        try {
            if (Sources.tooLarge(file)) throw YamlDocument.tooLarge(name, Files.size(file));
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ContentException(Problem.at(name, "cannot be read: " + e.getMessage()));
        }
    }

    static List<String> builtinNames() {
        byte[] index = Sources.resource(BUILTIN_INDEX);
        if (index == null) return List.of();
        return new String(index, StandardCharsets.UTF_8).lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The briefing files in a folder and its subfolders, in a stable order. */
    public static List<Path> briefingFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder, 8)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml") || p.getFileName().toString().endsWith(".yml"))
                    .sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String display(LoadedBriefing b) {
        return b.builtin() ? b.location() : display(Path.of(b.location()));
    }

    /** A path as the user would write it: relative to the working folder when it is below it. */
    static String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : file.toString();
    }
}
