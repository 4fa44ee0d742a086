package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** The answers a data folder's progress database holds, read behind brief's back. */
final class StoredAnswers {
    private StoredAnswers() {}

    /** How many answers are stored, after asserting that SQLite finds the database whole. */
    static int count(Path data) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("progress.db"));
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", rs.getString(1), "PRAGMA integrity_check");
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM answers")) {
                return rs.getInt(1);
            }
        }
    }
}
