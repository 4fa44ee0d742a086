package brief.progress;

import brief.quiz.Answered;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Progress in an SQLite file, {@code progress.db} in the data folder. */
final class SqliteStore implements ProgressStore {
    static final String FILE = "progress.db";
    static final int SCHEMA_VERSION = SqliteConnections.SCHEMA_VERSION;

    private final Connection db;
    private final Path file;
    private final String warning;
    private final Clock clock;
    /** Whether this store writes: checked sound when opened, it notes the file as sound when closed. */
    private final boolean writes;

    private SqliteStore(Connection db, Path file, String warning, Clock clock, boolean writes) {
        this.db = db;
        this.file = file;
        this.warning = warning;
        this.clock = clock;
        this.writes = writes;
    }

    static ProgressStore open(Path dataDir, Clock clock) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException | SecurityException e) {
            return new NoStore("cannot create the data folder " + dataDir + " (" + e.getClass().getSimpleName() + ")", clock);
        }
        if (!Files.isWritable(dataDir)) return readOnly(file, "the data folder " + dataDir + " is not writable", clock);
        try {
            return new SqliteStore(SqliteConnections.writable(file), file, null, clock, true);
        } catch (SqliteConnections.Corrupt e) {
            Path aside = dataDir.resolve(FILE + ".corrupt-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .withZone(ZoneOffset.UTC).format(clock.instant()));
            try {
                Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
                for (String suffix : List.of("-wal", "-shm", CleanCheck.SUFFIX)) {
                    Files.deleteIfExists(dataDir.resolve(FILE + suffix));
                }
                return new SqliteStore(SqliteConnections.writable(file), file, file + " was damaged (" + e.getMessage()
                        + "); it was moved to " + aside + " and a new one started", clock, true);
            } catch (IOException | StoreException | SqliteConnections.Corrupt again) {
                return new NoStore(file + " is damaged and could not be replaced: " + again.getMessage(), clock);
            }
        } catch (StoreException e) {
            return new NoStore(e.getMessage(), clock);
        }
    }

    /** What was saved before, to read only, when the data folder cannot be written; else a store of nothing. */
    private static ProgressStore readOnly(Path file, String reason, Clock clock) {
        if (!Files.isRegularFile(file)) return new NoStore(reason, clock);
        Connection c = SqliteConnections.readOnly(file);
        return c == null ? new NoStore(reason, clock) : new NoStore(reason, new SqliteStore(c, file, null, clock, false), clock);
    }

    @Override
    public Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public boolean saving() {
        return true;
    }

    @Override
    public long startSession(String briefing, brief.quiz.SessionKind mode, Records.FrontEnd frontEnd, long seed, List<String> plan)
            throws StoreException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO sessions (briefing, mode, front_end, seed,"
                + " started_at, questions, plan) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, briefing);
            p.setString(2, mode.word());
            p.setString(3, frontEnd.word());
            p.setLong(4, seed);
            p.setString(5, StoredInstant.format(clock.instant()));
            p.setInt(6, plan.size());
            p.setString(7, String.join("\n", plan));
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
                + " question_hash, card, response, credit, points, possible, hint_used, skipped, time_ms, answered_at,"
                + " hash_scheme) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 2)")) {
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
            p.setString(13, StoredInstant.format(clock.instant()));
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("save the answer", e);
        }
    }

    @Override
    public void finishSession(long session, Records.Status status, double points, int possible) throws StoreException {
        try (PreparedStatement p = db.prepareStatement(
                "UPDATE sessions SET ended_at = ?, status = ?, points = ?, possible = ? WHERE id = ?")) {
            p.setString(1, StoredInstant.format(clock.instant()));
            p.setString(2, status.word());
            p.setDouble(3, points);
            p.setInt(4, possible);
            p.setLong(5, session);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("finish the session", e);
        }
    }

    @Override
    public void reopenSession(long session) throws StoreException {
        try (PreparedStatement p = db.prepareStatement("UPDATE sessions SET ended_at = NULL, status = 'interrupted',"
                + " points = NULL, possible = NULL WHERE id = ?")) {
            p.setLong(1, session);
            p.executeUpdate();
        } catch (SQLException e) {
            throw failed("go on with the session", e);
        }
    }

    @Override
    public void recordCardView(String briefing, String card) throws StoreException {
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO card_views (briefing, card, viewed_at) VALUES (?, ?, ?)")) {
            p.setString(1, briefing);
            p.setString(2, card);
            p.setString(3, StoredInstant.format(clock.instant()));
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
        // The answers of a session not finished are summed in one pass over them, not one for points and one for
        // what was possible.
        return query("read the sessions", "SELECT s.id, s.mode, s.front_end, s.started_at, s.ended_at, s.status,"
                + " COALESCE(s.points, t.points, 0), COALESCE(s.possible, t.possible, 0),"
                + " (SELECT COUNT(*) FROM answers a WHERE a.session_id = s.id), s.questions, s.plan"
                + " FROM sessions s LEFT JOIN (SELECT session_id, SUM(points) AS points, SUM(possible) AS possible"
                + " FROM answers WHERE session_id IN (SELECT id FROM sessions WHERE briefing = ? AND (points IS NULL"
                + " OR possible IS NULL)) GROUP BY session_id) t ON t.session_id = s.id"
                + " WHERE s.briefing = ? ORDER BY s.id", briefing, SqliteStore::session);
    }

    @Override
    public Optional<Records.Session> lastSession(String briefing) throws StoreException {
        // One row from the end of the index by briefing; only that session's own answers are counted.
        List<Records.Session> last = query("read the sessions", "SELECT s.id, s.mode, s.front_end, s.started_at,"
                + " s.ended_at, s.status,"
                + " COALESCE(s.points, (SELECT SUM(points) FROM answers a WHERE a.session_id = s.id), 0),"
                + " COALESCE(s.possible, (SELECT SUM(possible) FROM answers a WHERE a.session_id = s.id), 0),"
                + " (SELECT COUNT(*) FROM answers a WHERE a.session_id = s.id), s.questions, s.plan"
                + " FROM sessions s WHERE s.briefing = ? ORDER BY s.id DESC LIMIT 1", briefing, SqliteStore::session);
        return last.stream().findFirst();
    }

    private static Records.Session session(ResultSet rs) throws SQLException {
        String ended = rs.getString(5);
        String plan = rs.getString(11);
        return new Records.Session(rs.getLong(1), brief.quiz.SessionKind.of(rs.getString(2)),
                Records.FrontEnd.of(rs.getString(3)), StoredInstant.parse(rs.getString(4)),
                ended == null ? null : StoredInstant.parse(ended), Records.Status.of(rs.getString(6)),
                rs.getDouble(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
                plan == null || plan.isEmpty() ? List.of() : List.of(plan.split("\n")));
    }

    /** One group of answers: a question, the wording answered, and how many answers it had. */
    private record Group(String question, String hash, int answers) {}

    @Override
    public AnswerLog answers(String briefing) throws StoreException {
        // Two reads of one snapshot, both in the order of the index by question: the groups, then their answers, so
        // that no text is read an answer. Each value read is a call into the native library: the flags ride in the
        // low bits of the time, which SQLite turns from ISO-8601 text into milliseconds far faster than Instant.parse.
        try (Statement s = db.createStatement()) {
            s.execute("BEGIN");
            try {
                AnswerLog log = answersIn(briefing);
                s.execute("COMMIT");
                return log;
            } catch (SQLException | StoreException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        } catch (SQLException e) {
            throw failed("read the answers", e);
        }
    }

    private AnswerLog answersIn(String briefing) throws StoreException, SQLException {
        List<Group> groups = query("read the answers", "SELECT question, question_hash, COUNT(*) FROM answers"
                + " WHERE briefing = ? GROUP BY question, question_hash ORDER BY question, question_hash", briefing,
                rs -> new Group(rs.getString(1), rs.getString(2), rs.getInt(3)));
        AnswerLog.Builder log = new AnswerLog.Builder();
        try (PreparedStatement p = db.prepareStatement("SELECT id, credit, CAST(round(unixepoch(answered_at, 'subsec')"
                + " * 1000) AS INTEGER) * 8 + (hint_used != 0) + 2 * (skipped != 0) + 4 * (hash_scheme = 1)"
                + " FROM answers WHERE briefing = ? ORDER BY question, question_hash, id")) {
            p.setString(1, briefing);
            try (ResultSet rs = p.executeQuery()) {
                for (Group g : groups) {
                    log.group(g.question(), g.hash(), g.answers());
                    for (int i = 0; i < g.answers() && rs.next(); i++) {
                        long packed = rs.getLong(3);
                        long flags = Math.floorMod(packed, 8);
                        log.answer(rs.getLong(1), rs.getDouble(2), Math.floorDiv(packed, 8), (flags & 1) != 0,
                                (flags & 2) != 0, (flags & 4) != 0);
                    }
                }
            }
        }
        return log.build();
    }

    @Override
    public void carryOverHashes(String briefing, Map<String, Hashes> hashes) throws StoreException {
        try {
            if (query("read the answers", "SELECT 1 FROM answers WHERE briefing = ? AND hash_scheme = 1 LIMIT 1",
                    briefing, rs -> true).isEmpty()) {
                return;
            }
            try (Statement s = db.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
                try (PreparedStatement p = db.prepareStatement("UPDATE answers SET question_hash = ?, hash_scheme = 2"
                        + " WHERE briefing = ? AND question = ? AND question_hash = ? AND hash_scheme = 1");
                     PreparedStatement rest = db.prepareStatement(
                             "UPDATE answers SET hash_scheme = 0 WHERE briefing = ? AND hash_scheme = 1")) {
                    for (Map.Entry<String, Hashes> e : hashes.entrySet()) {
                        p.setString(1, e.getValue().present());
                        p.setString(2, briefing);
                        p.setString(3, e.getKey());
                        p.setString(4, e.getValue().legacy());
                        p.addBatch();
                    }
                    p.executeBatch();
                    // What is left was answered to a wording that has changed since: it stays, not matched.
                    rest.setString(1, briefing);
                    rest.executeUpdate();
                    s.execute("COMMIT");
                } catch (SQLException e) {
                    s.execute("ROLLBACK");
                    throw e;
                }
            }
        } catch (SQLException e) {
            throw failed("carry the saved answers over", e);
        }
    }

    @Override
    public Optional<Instant> lastStudied(String briefing) throws StoreException {
        List<Instant> last = query("read the progress", "SELECT MAX(t) FROM (SELECT MAX(answered_at) AS t FROM answers"
                + " WHERE briefing = ? UNION ALL SELECT MAX(viewed_at) FROM card_views WHERE briefing = ?)", briefing,
                rs -> rs.getString(1) == null ? null : StoredInstant.parse(rs.getString(1)));
        return last.isEmpty() ? Optional.empty() : Optional.ofNullable(last.get(0));
    }

    private StoreException failed(String what, SQLException e) {
        int code = SqliteConnections.code(e);
        if (SqliteConnections.busy(code)) {
            return new StoreException("could not " + what + ": the progress database is busy (another brief is using it)", e);
        }
        if (SqliteConnections.diskFull(code, file)) return new StoreException("could not " + what + ": the disk is full", e);
        if (SqliteConnections.readOnly(code)) {
            return new StoreException("could not " + what + ": the progress database is read-only", e);
        }
        return new StoreException("could not " + what + ": " + SqliteConnections.firstLine(e.getMessage()), e);
    }

    @Override
    public void close() {
        SqliteConnections.close(db);
        // What this store wrote went through SQLite's transactions; only a change made by anything else is checked.
        if (writes) CleanCheck.record(file);
    }
}
