package brief.progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Connections to the progress database, its schema and its migrations, and SQLite's errors told apart by code. */
final class SqliteConnections {
    /** The schema version this build writes; each entry of {@link #MIGRATIONS} brings a database one step up. */
    static final int SCHEMA_VERSION = 3;
    /** The oldest schema whose tables this build reads as they are: the steps since have only added indexes. */
    private static final int READABLE_FROM = 2;
    private static final String[][] MIGRATIONS = {
        {
            "CREATE TABLE sessions (id INTEGER PRIMARY KEY, briefing TEXT NOT NULL, mode TEXT NOT NULL,"
                    + " front_end TEXT NOT NULL, seed INTEGER NOT NULL, started_at TEXT NOT NULL, ended_at TEXT,"
                    + " status TEXT NOT NULL DEFAULT 'interrupted', points REAL, possible INTEGER,"
                    + " questions INTEGER NOT NULL)",
            "CREATE INDEX sessions_by_briefing ON sessions (briefing, id)",
            "CREATE TABLE answers (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions (id),"
                    + " briefing TEXT NOT NULL, question TEXT NOT NULL, question_hash TEXT NOT NULL,"
                    + " card TEXT NOT NULL, response TEXT NOT NULL, credit REAL NOT NULL, points REAL NOT NULL,"
                    + " possible INTEGER NOT NULL, hint_used INTEGER NOT NULL, skipped INTEGER NOT NULL,"
                    + " time_ms INTEGER NOT NULL, answered_at TEXT NOT NULL)",
            "CREATE INDEX answers_by_question ON answers (briefing, question, question_hash, id)",
            "CREATE INDEX answers_by_session ON answers (session_id)",
            "CREATE TABLE card_views (id INTEGER PRIMARY KEY, briefing TEXT NOT NULL, card TEXT NOT NULL,"
                    + " viewed_at TEXT NOT NULL)",
            "CREATE INDEX card_views_by_briefing ON card_views (briefing, viewed_at)",
        },
        {
            // The question ids a session will ask, one a line, so that a session left midway can go on.
            "ALTER TABLE sessions ADD COLUMN plan TEXT",
            // 1: the hash brief 0.1.0 computed, until a loaded briefing carries it over; 2: today's; 0: left behind.
            "ALTER TABLE answers ADD COLUMN hash_scheme INTEGER NOT NULL DEFAULT 1",
            "CREATE INDEX answers_by_briefing ON answers (briefing, hash_scheme)",
        },
        {
            // When a briefing was last studied is read from the end of this index, not from a scan of its answers.
            "CREATE INDEX answers_by_time ON answers (briefing, answered_at)",
        },
    };
    static final int BUSY_TIMEOUT_MS = 5000;
    private static final long NEARLY_FULL = 64 * 1024;

    private SqliteConnections() {}

    /** The database file is not a database, or is damaged. */
    static final class Corrupt extends Exception {
        Corrupt(String message) {
            super(message);
        }
    }

    /** A connection that writes, the schema brought up to date. */
    static Connection writable(Path file) throws StoreException, Corrupt {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        // FULL: each answer's commit reaches the disk before feedback is shown, so not even a power cut loses it
        // (NORMAL would already survive a killed process).
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        Connection c = null;
        // Looked at before connecting: opening a database in WAL mode makes its WAL file.
        boolean unchanged = CleanCheck.unchanged(file);
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                int version = version(s);
                if (version > SCHEMA_VERSION) {
                    c.close();
                    throw new StoreException(file + " was made by a newer brief (schema " + version
                            + "; this one knows up to " + SCHEMA_VERSION + "); it is left untouched");
                }
                if (!unchanged) {
                    try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                        String result = rs.getString(1);
                        if (!"ok".equals(result)) throw new Corrupt(result);
                    }
                }
                // The journal mode is written into the file: set only once the file is known to be ours to change.
                SQLiteConfig wal = new SQLiteConfig();
                wal.setJournalMode(SQLiteConfig.JournalMode.WAL);
                wal.apply(c);
                migrate(s, version);
            }
            return c;
        } catch (SQLException e) {
            close(c);
            int code = code(e);
            if (code == SQLiteErrorCode.SQLITE_NOTADB.code) throw new Corrupt("not a database");
            if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) throw new Corrupt("damaged");
            if (code == SQLiteErrorCode.SQLITE_READONLY.code || code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
                throw new StoreException("cannot write " + file + " (read-only)", e);
            }
            if (busy(code)) throw new StoreException(file + " is locked by another program", e);
            if (diskFull(code, file)) throw new StoreException("cannot write " + file + ": the disk is full", e);
            throw new StoreException("cannot open " + file + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * A connection that only reads a database of this schema, or null. A database in WAL mode opens read-only
     * only beside its -shm file, which a folder that cannot be written may lack: with no -wal and -shm files no
     * connection is writing it, so it is then opened as unchanging.
     */
    static Connection readOnly(Path file) {
        for (String parameters : new String[] {"", "?immutable=1"}) {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            config.setBusyTimeout(BUSY_TIMEOUT_MS);
            Connection c = null;
            try {
                c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + parameters);
                try (Statement s = c.createStatement()) {
                    int version = version(s);
                    if (version >= READABLE_FROM && version <= SCHEMA_VERSION) return c;
                }
                close(c);
                return null;
            } catch (SQLException e) {
                close(c);
            }
        }
        return null;
    }

    private static int version(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }

    private static void migrate(Statement s, int seen) throws SQLException {
        if (seen == SCHEMA_VERSION) return;
        // Another brief may be migrating the same file: take the write lock, then look again.
        s.execute("BEGIN IMMEDIATE");
        try {
            for (int v = version(s); v < SCHEMA_VERSION; v++) {
                for (String sql : MIGRATIONS[v]) s.execute(sql);
            }
            s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
            s.execute("COMMIT");
        } catch (SQLException e) {
            s.execute("ROLLBACK");
            throw e;
        }
    }

    /** SQLite's primary result code for the failure (extended codes folded in), or -1 when it gave none. */
    static int code(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) return s.getResultCode().code & 0xff;
        }
        return -1;
    }

    static boolean busy(int code) {
        return code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    static boolean readOnly(int code) {
        return code == SQLiteErrorCode.SQLITE_READONLY.code;
    }

    /**
     * SQLite says SQLITE_FULL when a write finds no room, but a full disk met while growing the WAL index shows
     * only as an I/O error: then the free space on the disk decides.
     */
    static boolean diskFull(int code, Path file) {
        if (code == SQLiteErrorCode.SQLITE_FULL.code) return true;
        if (code != SQLiteErrorCode.SQLITE_IOERR.code) return false;
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String firstLine(String m) {
        if (m == null) return "unknown error";
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static void close(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing more can be done about a connection that will not close.
        }
    }
}
