package brief.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.quiz.SessionKind;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check for a damaged database, run on open unless the file is as brief last left it. */
class DamageCheckTest {
    @TempDir
    Path dir;
    private Path db;

    /** A database of many pages, closed by brief, with one of its last pages then overwritten. */
    @BeforeEach
    void aDatabaseOfManyPages() throws Exception {
        db = dir.resolve("progress.db");
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            long s = store.startSession("b", SessionKind.QUIZ, Records.FrontEnd.PLAIN, 1, Plans.of(2000));
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
                c.setAutoCommit(false);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO answers (session_id, briefing, question,"
                        + " question_hash, card, response, credit, points, possible, hint_used, skipped, time_ms,"
                        + " answered_at, hash_scheme) VALUES (?, 'b', ?, 'h', 'c1', 'a', 1, 1, 1, 0, 0, 2000,"
                        + " '2030-01-01T10:00:00Z', 2)")) {
                    for (int i = 0; i < 2000; i++) {
                        p.setLong(1, s);
                        p.setString(2, "q" + i);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
                c.commit();
            }
        }
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            assertEquals(Optional.empty(), store.warning());
        }
    }

    /** Overwrites the page before the last with noise, keeping the file's size, and sets its time. */
    private void damage(FileTime time) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            byte[] noise = new byte[4096];
            new Random(7).nextBytes(noise);
            f.seek(f.length() - 2 * noise.length);
            f.write(noise);
        }
        Files.setLastModifiedTime(db, time);
    }

    @Test
    void aFileDamagedSinceBriefLastClosedItIsStillMovedAsideWithItsWarning() throws Exception {
        long size = Files.size(db);
        damage(FileTime.fromMillis(Files.getLastModifiedTime(db).toMillis() + 60_000));
        assertEquals(size, Files.size(db), "damaged in place, the same size");
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            String warning = store.warning().orElseThrow();
            assertTrue(warning.contains("was damaged") && warning.contains("moved to"), warning);
            assertEquals(0, store.sessions("b").size(), "a new database was started");
        }
    }

    @Test
    void aFileAsBriefLastLeftItIsNotReadThroughAgain() throws Exception {
        // Noise that keeps the size and the time is what the check is skipped for: no warning shows it.
        damage(Files.getLastModifiedTime(db));
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            assertEquals(Optional.empty(), store.warning(), "opened without reading every page");
        }
    }

    @Test
    void aFileTouchedByAnythingElseIsCheckedAgain() throws Exception {
        assertTrue(CleanCheck.unchanged(db), "as brief left it");
        Files.writeString(dir.resolve("progress.db-wal"), "");
        assertTrue(!CleanCheck.unchanged(db), "a WAL appeared");
        Files.delete(dir.resolve("progress.db-wal"));
        assertTrue(CleanCheck.unchanged(db), "as brief left it again");
        Files.setLastModifiedTime(db, FileTime.fromMillis(Files.getLastModifiedTime(db).toMillis() + 1000));
        assertTrue(!CleanCheck.unchanged(db), "written since");
    }
}
