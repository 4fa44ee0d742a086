package brief.progress;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteLibraryTest {
    @TempDir
    Path cache;

    @AfterEach
    void forget() {
        System.clearProperty(SqliteLibrary.PATH);
        System.clearProperty(SqliteLibrary.NAME);
        System.clearProperty(SqliteLibrary.TMPDIR);
    }

    @Test
    void theLibraryIsCopiedOnceAndSqliteJdbcIsPointedAtTheCopy() throws Exception {
        SqliteLibrary.useCache(cache);
        String name = LibraryLoaderUtil.getNativeLibName();
        Path folder = Path.of(System.getProperty(SqliteLibrary.PATH));
        assertEquals(name, System.getProperty(SqliteLibrary.NAME));
        assertEquals(cache, folder.getParent());
        Path copy = folder.resolve(name);
        try (InputStream in = SqliteLibrary.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name)) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(copy));
        }
        assertEquals(List.of(copy), list(folder), "no part-written file is left behind");

        FileTime made = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(copy, made);
        forget();
        SqliteLibrary.useCache(cache);
        assertEquals(made, Files.getLastModifiedTime(copy), "the second run uses the copy as it is");
        assertEquals(folder.toString(), System.getProperty(SqliteLibrary.PATH));
    }

    @Test
    void aCopyIsNamedByItsChecksumInEightHexadecimalDigits() {
        assertEquals("sqlite-00000abc", SqliteLibrary.named(0xabc));
        assertEquals("sqlite-ffffffff", SqliteLibrary.named(0xffffffffL));
    }

    @Test
    void aCutShortCopyIsReplaced() throws Exception {
        SqliteLibrary.useCache(cache);
        Path copy = Path.of(System.getProperty(SqliteLibrary.PATH), System.getProperty(SqliteLibrary.NAME));
        long size = Files.size(copy);
        Files.write(copy, new byte[] {1, 2, 3});
        forget();
        SqliteLibrary.useCache(cache);
        assertEquals(size, Files.size(copy));
    }

    @Test
    void aDamagedNoteIsPassedOverAndWrittenAgain() throws Exception {
        SqliteLibrary.useCache(cache);
        String folder = System.getProperty(SqliteLibrary.PATH);
        List<Path> notes = list(cache).stream().filter(p -> p.toString().endsWith(".txt")).toList();
        assertEquals(1, notes.size(), "one note for this platform: " + list(cache));
        String said = Files.readString(notes.get(0));
        Files.writeString(notes.get(0), "sqlite-../../etc 12");
        forget();
        SqliteLibrary.useCache(cache);
        assertEquals(folder, System.getProperty(SqliteLibrary.PATH));
        assertEquals(said, Files.readString(notes.get(0)));
    }

    @Test
    void aCacheThatCannotBeWrittenChangesNothing() throws Exception {
        Path file = Files.writeString(cache.resolve("a-file"), "not a folder");
        SqliteLibrary.useCache(file.resolve("cache"));
        assertNull(System.getProperty(SqliteLibrary.PATH), "sqlite-jdbc is left to extract it itself");
    }

    @Test
    void aLibraryTheUserChoseIsLeftAlone() {
        System.setProperty(SqliteLibrary.PATH, "/opt/sqlite");
        SqliteLibrary.useCache(cache);
        assertEquals("/opt/sqlite", System.getProperty(SqliteLibrary.PATH));
        assertTrue(list(cache).isEmpty());
    }

    private static List<Path> list(Path folder) {
        try (var files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
