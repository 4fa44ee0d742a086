package brief.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What the database file and its WAL looked like (file, size, modification time) when brief last left them known
 * to be sound, kept beside them: while they still look so, nothing else has written them and the check for damage,
 * which reads the whole file, can be skipped.
 */
final class CleanCheck {
    static final String SUFFIX = "-checked";

    private CleanCheck() {}

    /** Whether the database and its WAL are as they were when last left sound. */
    static boolean unchanged(Path db) {
        try {
            return Files.readString(note(db)).equals(stamp(db));
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** Notes the database and its WAL as they are now, known sound; without the note the next open checks. */
    static void record(Path db) {
        Path note = note(db);
        try {
            Path fresh = note.resolveSibling(note.getFileName() + ".new");
            Files.writeString(fresh, stamp(db));
            Files.move(fresh, note, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SecurityException e) {
            forget(db);
        }
    }

    /** Drops the note, so that the next open checks the file again. */
    static void forget(Path db) {
        try {
            Files.deleteIfExists(note(db));
        } catch (IOException | SecurityException ignored) {
            // A note that cannot be deleted cannot be written either, and one left over no longer matches the file.
        }
    }

    private static Path note(Path db) {
        return db.resolveSibling(db.getFileName() + SUFFIX);
    }

    private static String stamp(Path db) throws IOException {
        return look(db) + "\n" + look(db.resolveSibling(db.getFileName() + "-wal")) + "\n";
    }

    private static String look(Path file) throws IOException {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.fileKey() + " " + a.size() + " " + a.lastModifiedTime();
        } catch (NoSuchFileException e) {
            return "none";
        }
    }
}
