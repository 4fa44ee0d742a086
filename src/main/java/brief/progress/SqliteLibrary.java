package brief.progress;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps SQLite's native library in a cache folder. Left to itself, sqlite-jdbc copies the library out of the jar
 * into a new temporary file on every run, which costs a quiz tens of milliseconds before its first question.
 * The cached copy is named by the library's checksum in the jar, so another version never uses a stale one; a
 * note per platform and jar says where the copy is and how large, so later runs need not look in the jar at all.
 */
public final class SqliteLibrary {
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";
    static final String TMPDIR = "org.sqlite.tmpdir";

    private static boolean warm;

    private SqliteLibrary() {}

    /**
     * Points sqlite-jdbc at the library in {@code cache}, copying it there first if needed. When that cannot be
     * done (no such library in a jar, a folder that cannot be written), nothing changes and sqlite-jdbc does as
     * it always does; a choice already made with {@code -Dorg.sqlite.lib.path} is left alone. One thread at a
     * time: a second comes to find the choice made.
     */
    public static synchronized void useCache(Path cache) {
        if (System.getProperty(PATH) != null) return;
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            Path note = cache.resolve(named(platform()) + ".txt");
            Path folder = noted(note, cache, name);
            if (folder == null) folder = copied(cache, name, note);
            if (folder == null) return;
            System.setProperty(PATH, folder.toString());
            System.setProperty(NAME, name);
            // sqlite-jdbc's first connection looks through its temporary folder for copies that earlier runs left;
            // with the library cached there are none, and the cache folder is short to look through.
            if (System.getProperty(TMPDIR) == null) System.setProperty(TMPDIR, folder.toString());
        } catch (IOException | RuntimeException | URISyntaxException e) {
            // sqlite-jdbc extracts the library itself, as it would without a cache.
        }
    }

    /**
     * Does ahead, once a run, what the first connection would do: loads the native library (from {@code cache},
     * as {@link #useCache} says), and sets up what sqlite-jdbc makes once a run, its logger and its date formats
     * (which read the locale's calendar data). Begun on a thread of its own as a command starts, it overlaps with
     * the command's own set-up; a connection about to open calls it too, and so waits for it rather than doing the
     * same work beside it. What fails here, the connection meets again and reports.
     */
    public static synchronized void warmUp(Path cache) {
        if (warm) return;
        warm = true;
        // The date formats (the larger part) and the library need nothing of each other: each gets a core.
        Thread formats = new Thread(SqliteLibrary::formats, "brief-sqlite-formats");
        formats.setDaemon(true);
        formats.start();
        useCache(cache);
        try {
            SQLiteJDBCLoader.initialize();
            new JDBC();
        } catch (Exception | LinkageError e) {
            // Left to the connection.
        }
        try {
            formats.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void formats() {
        try {
            new SQLiteConfig();
        } catch (RuntimeException e) {
            // Left to the connection.
        }
    }

    /**
     * The folder a note names, when the library there has the size the note gives. Finding the library in the
     * jar means asking which platform this is, which sqlite-jdbc answers by starting a process ('uname -o'): the
     * note spares every run after the first that cost.
     */
    private static Path noted(Path note, Path cache, String name) throws IOException {
        if (!Files.isRegularFile(note)) return null;
        String[] said = Files.readString(note).strip().split(" ");
        if (said.length != 2 || !said[0].matches("sqlite-[0-9a-f]{8}") || !said[1].matches("[0-9]{1,12}")) return null;
        Path folder = cache.resolve(said[0]);
        Path file = folder.resolve(name);
        return Files.isRegularFile(file) && Files.size(file) == Long.parseLong(said[1]) ? folder : null;
    }

    /** Copies the library out of the jar when the cache lacks it or holds a damaged copy, and notes where it is. */
    private static Path copied(Path cache, String name, Path note) throws IOException {
        URL url = SqliteLibrary.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (url == null || !(url.openConnection() instanceof JarURLConnection connection)) return null;
        JarEntry entry = connection.getJarEntry();
        Path folder = cache.resolve(named(entry.getCrc()));
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) copy(connection, folder, file);
        try {
            Files.writeString(note, folder.getFileName() + " " + entry.getSize() + "\n");
        } catch (IOException e) {
            // The next run looks in the jar again.
        }
        return folder;
    }

    /** "sqlite-" and a checksum in eight hexadecimal digits (as %08x, without setting up a Formatter). */
    static String named(long crc) {
        String hex = Long.toHexString(crc & 0xffffffffL);
        return "sqlite-" + "0".repeat(8 - hex.length()) + hex;
    }

    /** This platform and this copy of sqlite-jdbc: what decides which library the jar holds for it. */
    private static long platform() throws IOException, URISyntaxException {
        Path jar = Path.of(LibraryLoaderUtil.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        CRC32 crc = new CRC32();
        crc.update(String.join("\n", System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.home"), jar.toString(), String.valueOf(Files.size(jar)),
                String.valueOf(Files.getLastModifiedTime(jar).toMillis())).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Copies under a name of its own, then moves into place: no run ever loads half a library. */
    private static void copy(JarURLConnection from, Path folder, Path file) throws IOException {
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            try (InputStream in = from.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
