package brief.progress;

import brief.quiz.Answered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Progress in an SQLite file, {@code progress.db} in the data folder. */
final class SqliteStore implements ProgressStore {
    static final String FILE = "progress.db";
    /** The schema version this build writes; each entry of {@link #MIGRATIONS} brings a database one step up. */
    static final int SCHEMA_VERSION = 1;
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
    };
    private static final int BUSY_TIMEOUT_MS = 5000;
    private static final long NEARLY_FULL = 64 * 1024;

    private final Connection db;
    private final Path file;
    private final String warning;

    private SqliteStore(Connection db, Path file, String warning) {
        this.db = db;
        this.file = file;
        this.warning = warning;
    }

    static ProgressStore open(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException | SecurityException e) {
            return new NoStore("cannot create the data folder " + dataDir + " (" + e.getClass().getSimpleName() + ")");
        }
        if (!Files.isWritable(dataDir)) return readOnly(file, "the data folder " + dataDir + " is not writable");
        try {
            return new SqliteStore(connect(file), file, null);
        } catch (Corrupt e) {
            Path aside = dataDir.resolve(FILE + ".corrupt-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(ZoneOffset.UTC).format(Instant.now()));
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                for (String suffix : List.of("-wal", "-shm")) {
                    Files.deleteIfExists(dataDir.resolve(FILE + suffix));
                }
                return new SqliteStore(connect(file), file, file + " was damaged (" + e.getMessage()
                        + "); it was moved to " + aside + " and a new one started");
            } catch (IOException | StoreException | Corrupt again) {
                return new NoStore(file + " is damaged and could not be replaced: " + again.getMessage());
            }
        } catch (StoreException e) {
            return new NoStore(e.getMessage());
        }
    }

    /**
     * What was saved before, to read only, when the data folder cannot be written; else a store of nothing. A
     * database in WAL mode opens read-only only beside its -shm file, which a folder that cannot be written may
     * lack: with no -wal and -shm files no connection is writing it, so it is then opened as unchanging.
     */
    private static ProgressStore readOnly(Path file, String reason) {
        if (!Files.isRegularFile(file)) return new NoStore(reason);
        for (String mode : List.of("mode=ro", "immutable=1")) {
            Connection c = null;
            try {
                c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath().toUri() + "?" + mode);
                int version;
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    version = rs.getInt(1);
                }
                if (version == SCHEMA_VERSION) return new NoStore(reason, new SqliteStore(c, file, null));
                close(c);
                break;
            } catch (SQLException e) {
                close(c);
            }
        }
        return new NoStore(reason);
    }

    /** The database file is not a database, or is damaged. */
    private static final class Corrupt extends Exception {
        Corrupt(String message) {
            super(message);
        }
    }

    private static Connection connect(Path file) throws StoreException, Corrupt {
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                int version;
                try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    version = rs.getInt(1);
                }
                if (version > SCHEMA_VERSION) {
                    c.close();
                    throw new StoreException(file + " was made by a newer brief (schema " + version
                            + "; this one knows up to " + SCHEMA_VERSION + "); it is left untouched");
                }
                try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                    String result = rs.getString(1);
                    if (!"ok".equals(result)) throw new Corrupt(result);
                }
                s.execute("PRAGMA journal_mode = WAL");
                // FULL: each answer's commit reaches the disk before feedback is shown, so not even a power
                // cut loses it (NORMAL would already survive a killed process).
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
                migrate(c, version);
            }
            return c;
        } catch (SQLException e) {
            close(c);
            String m = String.valueOf(e.getMessage());
            if (m.contains("SQLITE_NOTADB") || m.contains("SQLITE_CORRUPT") || m.contains("not a database")
                    || m.contains("malformed")) {
                throw new Corrupt(m.contains("not a database") || m.contains("NOTADB") ? "not a database" : "damaged");
            }
            if (m.contains("SQLITE_READONLY") || m.contains("SQLITE_CANTOPEN") || m.contains("readonly")) {
                throw new StoreException("cannot write " + file + " (read-only)", e);
            }
            if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
                throw new StoreException(file + " is locked by another program", e);
            }
            if (diskFull(m, file)) throw new StoreException("cannot write " + file + ": the disk is full", e);
            throw new StoreException("cannot open " + file + ": " + firstLine(m), e);
        }
    }

    private static void migrate(Connection c, int seen) throws SQLException {
        if (seen == SCHEMA_VERSION) return;
        try (Statement s = c.createStatement()) {
            // Another brief may be migrating the same file: take the write lock, then look again.
            s.execute("BEGIN IMMEDIATE");
            try {
                int from;
                try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                    from = rs.getInt(1);
                }
                for (int v = from; v < SCHEMA_VERSION; v++) {
                    for (String sql : MIGRATIONS[v]) s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                s.execute("COMMIT");
            } catch (SQLException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    @Override
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    @Override
    public boolean saving() {
        return true;
    }

    @Override
    public long startSession(String briefing, String mode, String frontEnd, long seed, int questions)
            throws StoreException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO sessions (briefing, mode, front_end, seed,"
                + " started_at, questions) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, briefing);
            p.setString(2, mode);
            p.setString(3, frontEnd);
            p.setLong(4, seed);
            p.setString(5, Instant.now().toString());
            p.setInt(6, questions);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("start a session", e);
        }
    }

    @Override
    public void recordAnswer(long session, String briefing, Answered a) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO answers (session_id, briefing, question,"
                + " question_hash, card, response, credit, points, possible, hint_used, skipped, time_ms, answered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setLong(1, session);
            p.setString(2, briefing);
            p.setString(3, a.questionId());
            p.setString(4, a.questionHash());
            p.setString(5, a.cardId());
            p.setString(6, a.response());
            p.setDouble(7, a.credit());
            p.setDouble(8, a.points());
            p.setInt(9, a.possible());
            p.setInt(10, a.hintUsed() ? 1 : 0);
            p.setInt(11, a.skipped() ? 1 : 0);
            p.setLong(12, a.taken().toMillis());
            p.setString(13, Instant.now().toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("save the answer", e);
        }
    }

    @Override
    public void finishSession(long session, String status, double points, int possible) throws StoreException {
        try (PreparedStatement p = db.prepareStatement(
                "UPDATE sessions SET ended_at = ?, status = ?, points = ?, possible = ? WHERE id = ?")) {
            p.setString(1, Instant.now().toString());
            p.setString(2, status);
            p.setDouble(3, points);
            p.setInt(4, possible);
            p.setLong(5, session);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("finish the session", e);
        }
    }

    @Override
    public void recordCardView(String briefing, String card) throws StoreException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO card_views (briefing, card, viewed_at) VALUES (?, ?, ?)")) {
            p.setString(1, briefing);
            p.setString(2, card);
            p.setString(3, Instant.now().toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("record the card view", e);
        }
    }

    /** Reads one row into a value. */
    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs a query whose parameters are all the briefing's id, reading every row. */
    private <T> List<T> query(String what, String sql, String briefing, Row<T> row) throws StoreException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 1; i <= p.getParameterMetaData().getParameterCount(); i++) p.setString(i, briefing);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.add(row.read(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    @Override
    public List<Records.Session> sessions(String briefing) throws StoreException {
        return query("read the sessions", "SELECT s.id, s.mode, s.front_end, s.started_at, s.ended_at, s.status,"
                + " COALESCE(s.points, (SELECT SUM(points) FROM answers a WHERE a.session_id = s.id), 0),"
                + " COALESCE(s.possible, (SELECT SUM(possible) FROM answers a WHERE a.session_id = s.id), 0),"
                + " (SELECT COUNT(*) FROM answers a WHERE a.session_id = s.id)"
                + " FROM sessions s WHERE s.briefing = ? AND s.mode = 'quiz' ORDER BY s.id", briefing, rs -> {
                    String ended = rs.getString(5);
                    return new Records.Session(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Instant.parse(rs.getString(4)), ended == null ? null : Instant.parse(ended), rs.getString(6),
                            rs.getDouble(7), rs.getInt(8), rs.getInt(9));
                });
    }

    @Override
    public List<Records.Latest> latestAnswers(String briefing) throws StoreException {
        return query("read the answers", "SELECT a.question, a.question_hash, a.credit, a.answered_at FROM answers a JOIN"
                + " (SELECT MAX(id) AS id FROM answers WHERE briefing = ? GROUP BY question, question_hash) l"
                + " ON a.id = l.id", briefing, rs -> new Records.Latest(rs.getString(1), rs.getString(2), rs.getDouble(3),
                Instant.parse(rs.getString(4))));
    }

    @Override
    public List<Records.Tally> tallies(String briefing) throws StoreException {
        return query("read the answers", "SELECT question, question_hash, COUNT(*),"
                + " SUM(CASE WHEN credit < 1 THEN 1 ELSE 0 END) FROM answers WHERE briefing = ?"
                + " GROUP BY question, question_hash", briefing,
                rs -> new Records.Tally(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
    }

    @Override
    public Optional<Instant> lastStudied(String briefing) throws StoreException {
        List<Instant> last = query("read the progress", "SELECT MAX(t) FROM (SELECT MAX(answered_at) AS t FROM answers"
                + " WHERE briefing = ? UNION ALL SELECT MAX(viewed_at) FROM card_views WHERE briefing = ?)", briefing,
                rs -> rs.getString(1) == null ? null : Instant.parse(rs.getString(1)));
        return last.isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(0));
    }

    private StoreException failed(String what, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_BUSY") || m.contains("locked")) {
            return new StoreException("could not " + what + ": the progress database is busy (another brief is using it)", e);
        }
        if (diskFull(m, file)) return new StoreException("could not " + what + ": the disk is full", e);
        if (m.contains("READONLY")) return new StoreException("could not " + what + ": the progress database is read-only", e);
        return new StoreException("could not " + what + ": " + firstLine(m), e);
    }

    /**
     * SQLite says SQLITE_FULL when a write finds no room, but a full disk met while growing the WAL index shows
     * only as an I/O error: then the free space on the disk decides.
     */
    private static boolean diskFull(String message, Path file) {
        if (message.contains("SQLITE_FULL")) return true;
        if (!message.contains("SQLITE_IOERR")) return false;
        try {
            return Files.getFileStore(file.toAbsolutePath().getParent()).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private static void close(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // Nothing more can be done about a connection that will not close.
        }
    }

    @Override
    public void close() {
        close(db);
    }
}
