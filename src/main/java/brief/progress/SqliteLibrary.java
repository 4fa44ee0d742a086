package brief.progress;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps SQLite's native library in a cache folder. Left to itself, sqlite-jdbc copies the library out of the jar
 * into a new temporary file on every run, which costs a quiz tens of milliseconds before its first question.
 * The cached copy is named by the library's checksum in the jar, so another version never uses a stale one.
 */
public final class SqliteLibrary {
    static final String PATH = "org.sqlite.lib.path";
    static final String NAME = "org.sqlite.lib.name";

    private SqliteLibrary() {}

    /**
     * Points sqlite-jdbc at the library in {@code cache}, copying it there first if needed. When that cannot be
     * done (no such library in a jar, a folder that cannot be written), nothing changes and sqlite-jdbc does as
     * it always does; a choice already made with {@code -Dorg.sqlite.lib.path} is left alone.
     */
    public static void useCache(Path cache) {
        if (System.getProperty(PATH) != null) return;
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            URL url = SqliteLibrary.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            if (url == null || !(url.openConnection() instanceof JarURLConnection connection)) return;
            JarEntry entry = connection.getJarEntry();
            Path folder = cache.resolve(String.format("sqlite-%08x", entry.getCrc()));
            Path file = folder.resolve(name);
            if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) copy(connection, folder, file);
            System.setProperty(PATH, folder.toString());
            System.setProperty(NAME, name);
        } catch (IOException | RuntimeException e) {
            // sqlite-jdbc extracts the library itself, as it would without a cache.
        }
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
