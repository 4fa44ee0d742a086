package brief.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.model.Briefing;
import brief.model.Question;
import brief.quiz.QuizPlan;
import brief.quiz.SessionKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database written by brief 0.1.0 (src/test/resources/progress/release-1), upgraded to schema 3. */
class UpgradeTest {
    private static final Path RELEASE = Path.of("src/test/resources/progress/release-1");
    /** The answers were given on 2026-12-01, about 20:27 UTC. */
    private static final Clock NEXT_MORNING = Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;
    private Briefing briefing;
    private List<Question> questions;

    @BeforeEach
    void copyTheReleasedDatabase() throws Exception {
        Files.copy(RELEASE.resolve("progress.db"), data.resolve("progress.db"), StandardCopyOption.REPLACE_EXISTING);
        Library library = Library.load(List.of(RELEASE.resolve("briefings")), false);
        briefing = library.briefings().get(0).briefing();
        questions = QuizPlan.allQuestions(briefing);
    }

    private static int count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }

    @Test
    void keepsEverySessionAnswerAndCardView() throws Exception {
        try (ProgressStore store = ProgressStore.open(data, NEXT_MORNING)) {
            assertTrue(store.saving() && store.warning().isEmpty(), store.warning().orElse(""));
            List<Records.Session> sessions = store.sessions(briefing.id());
            assertEquals(8, sessions.size());
            assertEquals(18, sessions.stream().mapToInt(Records.Session::answered).sum());
            assertEquals(List.of(3, 1, 0, 0, 3, 5, 3, 3), sessions.stream().map(Records.Session::answered).toList());
            assertTrue(sessions.stream().allMatch(s -> s.mode() == SessionKind.QUIZ));
            assertEquals(18, store.reviews(briefing.id()).size());
            assertEquals(Instant.parse("2026-12-01T20:27:59.000Z").truncatedTo(java.time.temporal.ChronoUnit.DAYS),
                    store.lastStudied(briefing.id()).orElseThrow().truncatedTo(java.time.temporal.ChronoUnit.DAYS));
        }
        Path db = data.resolve("progress.db");
        assertEquals(3, count(db, "PRAGMA user_version"));
        assertEquals(1, count(db, "SELECT COUNT(*) FROM card_views"));
    }

    @Test
    void gainsTheIndexThatFindsWhenABriefingWasLastStudied() throws Exception {
        Path db = data.resolve("progress.db");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'answers_by_time'"), "not yet");
        try (ProgressStore store = ProgressStore.open(data, NEXT_MORNING)) {
            assertTrue(store.lastStudied(briefing.id()).isPresent());
        }
        assertEquals(List.of("briefing", "answered_at"), columns(db, "answers_by_time"),
                "the newest answer of a briefing is at the end of the index, not found by reading them all");
    }

    @Test
    void aDatabaseOfTheSchemaBeforeItsIndexStillReadsWhereItCannotBeUpgraded() throws Exception {
        Path db = data.resolve("progress.db");
        try (ProgressStore store = ProgressStore.open(data, NEXT_MORNING)) {
            assertTrue(store.saving());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("DROP INDEX answers_by_time");
            s.execute("PRAGMA user_version = 2");
        }
        Connection read = SqliteConnections.readOnly(db);
        assertTrue(read != null, "what schema 2 saved is still shown from a folder that cannot be written");
        read.close();
    }

    private static List<String> columns(Path db, String index) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM pragma_index_info('" + index + "') ORDER BY seqno")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    @Test
    void carriesEachHashOverSoTheAnsweredQuestionsAreRemembered() throws Exception {
        try (ProgressStore store = ProgressStore.open(data, NEXT_MORNING)) {
            Stats stats = Stats.of(briefing, questions, store);
            // Derived questions follow the deriving code, which has changed since 0.1.0: only the authored ones, fixed
            // by the briefing file kept beside the database, are sure to be unchanged.
            Map<String, Integer> answers = stats.questions().stream().filter(q -> q.answers() > 0 && q.id().startsWith("q-"))
                    .collect(Collectors.toMap(Stats.QuestionMemory::id, Stats.QuestionMemory::answers));
            assertEquals(Map.of("q-forum-year", 4, "q-tf-first-talks", 1, "q-ships", 1, "q-num-mous", 1), answers,
                    "every answer the release saved to an unchanged question still counts");
            Stats.QuestionMemory forum = stats.questions().stream()
                    .filter(q -> q.id().equals("q-forum-year")).findFirst().orElseThrow();
            assertTrue(forum.retrievability() > 0.8, "answered right three times yesterday: " + forum.retrievability());
            assertTrue(stats.mastery() > 0, "mastery survives the upgrade");
            assertTrue(Stats.mistakes(store, briefing.id(), questions).containsAll(java.util.Set.of("q-tf-first-talks",
                    "q-ships", "q-num-mous")));
        }
        Path db = data.resolve("progress.db");
        assertEquals(0, count(db, "SELECT COUNT(*) FROM answers WHERE hash_scheme <> 2 AND question LIKE 'q-%'"),
                "the authored questions are unchanged, so every answer to them was carried over");
    }

    @Test
    void anEditedQuestionStartsAfreshAfterTheUpgrade() throws Exception {
        List<Question> edited = questions.stream().map(q -> q.id().equals("q-forum-year") ? reworded(q) : q).toList();
        try (ProgressStore store = ProgressStore.open(data, NEXT_MORNING)) {
            Stats stats = Stats.of(briefing, edited, store);
            Stats.QuestionMemory forum = stats.questions().stream().filter(q -> q.id().equals("q-forum-year"))
                    .findFirst().orElseThrow();
            assertTrue(forum.schedule().isNew(), "answers to the old wording do not count");
            assertEquals(0.0, forum.retrievability());
        }
        assertEquals(4, count(data.resolve("progress.db"), "SELECT COUNT(*) FROM answers WHERE hash_scheme = 0 AND question = 'q-forum-year'"),
                "the four answers to the old wording are kept, unmatched");
    }

    private static Question reworded(Question q) {
        Question.Choice c = (Question.Choice) q;
        brief.model.Stem s = c.stem();
        return new Question.Choice(new brief.model.Stem(s.id(), s.prompt() + " (reworded)", s.card(), s.difficulty(),
                s.explain(), s.evidence(), s.hint(), s.derived()), c.options(), c.answer());
    }
}
