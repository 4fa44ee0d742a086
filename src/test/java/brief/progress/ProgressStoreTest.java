package brief.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brief.model.ContentHash;
import brief.model.Briefing;
import brief.model.Briefings;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Option;
import brief.model.Question;
import brief.model.Stem;
import brief.quiz.Answered;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {
    @TempDir
    Path dir;

    private static Answered answer(Question q, double credit) {
        return new Answered(q.id(), ContentHash.of(q), q.card(), "a", credit, credit, 1, false, false, Duration.ofSeconds(2));
    }

    private static Question choice(String id, String prompt) {
        return new Question.Choice(new Stem(id, prompt, "c1", 1, "Because.", new Evidence("e"), null, false),
                List.of(new Option("a", "A", null), new Option("b", "B", null)), "a");
    }

    private static Briefing briefing(List<Question> questions) {
        return Briefings.of("b", "B", List.of(Briefings.card("c1", "Card one", "t")), questions);
    }

    private static int count(Path db, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            return rs.getInt(1);
        }
    }

    @Test
    void placesTheDataFolderAsDocumented() {
        assertEquals(Path.of("/x"), DataDir.resolve(Path.of("/x"), Map.of("BRIEF_HOME", "/h")));
        assertEquals(Path.of("/h"), DataDir.resolve(null, Map.of("BRIEF_HOME", "/h", "XDG_DATA_HOME", "/d")));
        assertEquals(Path.of("/d/brief"), DataDir.resolve(null, Map.of("XDG_DATA_HOME", "/d", "HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.local/share/brief"), DataDir.resolve(null, Map.of("HOME", "/home/u")));
    }

    @Test
    void placesTheCacheAsDocumented() {
        assertEquals(Path.of("/h/cache"), DataDir.cache(Map.of("BRIEF_HOME", "/h", "XDG_CACHE_HOME", "/c")));
        assertEquals(Path.of("/c/brief"), DataDir.cache(Map.of("XDG_CACHE_HOME", "/c", "HOME", "/home/u")));
        assertEquals(Path.of("/home/u/.cache/brief"), DataDir.cache(Map.of("HOME", "/home/u")));
    }

    @Test
    void createsTheDatabaseFromNothingAndReadsItBackAfterReopening() throws Exception {
        Question q = choice("q1", "Which?");
        try (ProgressStore store = ProgressStore.open(dir.resolve("new/folder"), java.time.Clock.systemUTC())) {
            assertTrue(store.saving());
            assertTrue(store.warning().isEmpty());
            long s = store.startSession("b", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 7, Plans.of(1));
            store.recordAnswer(s, "b", answer(q, 1));
            store.finishSession(s, Records.Status.FINISHED, 1, 1);
            store.recordCardView("b", "c1");
        }
        try (ProgressStore store = ProgressStore.open(dir.resolve("new/folder"), java.time.Clock.systemUTC())) {
            List<Records.Session> sessions = store.sessions("b");
            assertEquals(1, sessions.size());
            assertEquals(brief.progress.Records.Status.FINISHED, sessions.get(0).status());
            assertEquals(100, sessions.get(0).percent());
            assertEquals(1, store.reviews("b").size());
            assertTrue(store.lastStudied("b").isPresent());
        }
        assertEquals(3, count(dir.resolve("new/folder/progress.db"), "PRAGMA user_version"), "the schema written today");
    }

    @Test
    void writesInWriteAheadLogMode() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC())) {
            assertTrue(store.saving());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("progress.db"));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
            assertEquals("wal", rs.getString(1), "answers are committed through the WAL");
        }
    }

    @Test
    void savesEachMomentByTheClockItIsGiven() throws Exception {
        java.time.Instant then = java.time.Instant.parse("2030-05-01T10:00:00Z");
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.fixed(then, java.time.ZoneOffset.UTC))) {
            long s = store.startSession("b", brief.quiz.SessionKind.QUIZ, Records.FrontEnd.PLAIN, 1, List.of("q1"));
            store.recordAnswer(s, "b", answer(choice("q1", "Which?"), 1));
            assertEquals(then, store.sessions("b").get(0).startedAt());
            assertEquals(then, store.reviews("b").get(0).answeredAt());
            assertEquals(List.of("q1"), store.sessions("b").get(0).plan());
        }
    }

    @Test
    void aSessionThatNeverFinishedReadsAsInterruptedWithTheAnswersGiven() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC())) {
            long s = store.startSession("b", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1, Plans.of(5));
            store.recordAnswer(s, "b", answer(choice("q1", "Which?"), 1));
            store.recordAnswer(s, "b", answer(choice("q2", "Which?"), 0));
        }
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC())) {
            Records.Session s = store.sessions("b").get(0);
            assertEquals(Records.Status.INTERRUPTED, s.status());
            assertEquals(2, s.answered());
            assertEquals(50, s.percent());
        }
    }

    @Test
    void theLastSessionReadsAsTheLastOfAllSessionsThroughoutAHistory() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC())) {
            assertEquals(java.util.Optional.empty(), store.lastSession("b"), "no session yet");
            List<java.util.Optional<Records.Session>> last = new ArrayList<>();
            List<java.util.Optional<Records.Session>> ofAll = new ArrayList<>();
            Runnable compare = () -> {
                try {
                    List<Records.Session> all = store.sessions("b");
                    last.add(store.lastSession("b"));
                    ofAll.add(java.util.Optional.of(all.get(all.size() - 1)));
                } catch (StoreException e) {
                    throw new AssertionError(e);
                }
            };
            long finished = store.startSession("b", brief.quiz.SessionKind.QUIZ, Records.FrontEnd.PLAIN, 1, Plans.of(2));
            store.recordAnswer(finished, "b", answer(choice("q0", "Which?"), 1));
            store.recordAnswer(finished, "b", answer(choice("q1", "Which?"), 0));
            store.finishSession(finished, Records.Status.FINISHED, 1, 2);
            compare.run();
            long quit = store.startSession("b", brief.quiz.SessionKind.MISTAKES, Records.FrontEnd.FULL, 2, Plans.of(3));
            store.recordAnswer(quit, "b", answer(choice("q1", "Which?"), 1));
            store.finishSession(quit, Records.Status.QUIT, 1, 1);
            compare.run();
            long other = store.startSession("other", brief.quiz.SessionKind.QUIZ, Records.FrontEnd.PLAIN, 3, Plans.of(1));
            store.recordAnswer(other, "other", answer(choice("q0", "Which?"), 1));
            compare.run();
            long open = store.startSession("b", brief.quiz.SessionKind.QUIZ, Records.FrontEnd.PLAIN, 4, Plans.of(4));
            compare.run();
            store.recordAnswer(open, "b", answer(choice("q2", "Which?"), 1));
            store.recordAnswer(open, "b", answer(choice("q3", "Which?"), 0.5));
            compare.run();
            store.finishSession(open, Records.Status.QUIT, 1.5, 2);
            store.reopenSession(open);
            store.recordAnswer(open, "b", answer(choice("q0", "Which?"), 1));
            compare.run();
            store.finishSession(open, Records.Status.FINISHED, 2.5, 3);
            compare.run();
            assertEquals(ofAll, last, "the last session, read alone, as the list of all of them ends");
            Records.Session end = last.get(last.size() - 1).orElseThrow();
            assertEquals(open, end.id());
            assertEquals(3, end.answered());
            assertEquals(83, end.percent());
            assertEquals(java.util.Optional.empty(), store.lastSession("never"), "a briefing never studied");
        }
    }

    @Test
    void masteryCountsOnlyTheLatestAnswerToTheQuestionAsItIsNow() throws Exception {
        Question before = choice("q1", "Old wording?");
        Question after = choice("q1", "New wording?");
        Question other = choice("q2", "Other?");
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC())) {
            long s = store.startSession("b", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1, Plans.of(3));
            store.recordAnswer(s, "b", answer(before, 1));
            store.recordAnswer(s, "b", answer(other, 0));
            store.recordAnswer(s, "b", answer(other, 1));
            Stats stats = Stats.of(briefing(List.of(after, other)), List.of(after, other), store);
            Stats.CardMastery card = stats.cards().get(0);
            assertEquals(1, card.answered(), "the answer to the old wording does not count");
            assertEquals(0.5, card.mastery(), 1e-3, "q2 just answered right, q1 (edited) starts afresh");
            assertEquals(Set.of(), Stats.mistakes(store, "b", List.of(after, other)), "q2's latest answer was right");
            assertEquals(List.of("q2"), stats.mostMissed().stream().map(Stats.Missed::question).toList());
        }
    }

    @Test
    void movesAGarbageFileAsideAndStartsAfresh() throws Exception {
        Path db = dir.resolve("progress.db");
        byte[] garbage = new byte[8192];
        new java.util.Random(1).nextBytes(garbage);
        Files.write(db, garbage);
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC())) {
            assertTrue(store.saving());
            String warning = store.warning().orElseThrow();
            assertTrue(warning.contains("was damaged") && warning.contains("moved to"), warning);
            store.startSession("b", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1, Plans.of(1));
        }
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("progress.db.corrupt-")).findFirst()
                    .orElseThrow();
            assertTrue(java.util.Arrays.equals(garbage, Files.readAllBytes(aside)), "the damaged file is kept as it was");
        }
    }

    @Test
    void leavesADatabaseFromANewerBriefUntouched() throws Exception {
        Path db = dir.resolve("progress.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE future (x)");
            s.execute("PRAGMA user_version = 99");
        }
        byte[] before = Files.readAllBytes(db);
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC())) {
            assertFalse(store.saving());
            assertEquals("progress is not being saved: " + db + " was made by a newer brief (schema 99; this one knows "                    + "up to 3); it is left untouched", store.warning().orElseThrow());
        }
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)));
    }

    @Test
    void savesNothingButSaysWhyWhenTheDataFolderCannotBeCreated() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        try (ProgressStore store = ProgressStore.open(file.resolve("brief"), java.time.Clock.systemUTC())) {
            assertFalse(store.saving());
            assertTrue(store.warning().orElseThrow().startsWith("progress is not being saved: cannot create the data folder"));
            store.recordAnswer(store.startSession("b", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1, Plans.of(1)), "b", answer(choice("q", "?"), 1));
        }
    }

    @Test
    void savesNothingButSaysWhyWhenTheDataFolderIsReadOnly() throws Exception {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        assumeTrue(!Files.isWritable(ro), "running as a user who can write anywhere");
        try (ProgressStore store = ProgressStore.open(ro, java.time.Clock.systemUTC())) {
            assertFalse(store.saving());
            assertTrue(store.warning().orElseThrow().contains("is not writable"));
        }
    }

    @Test
    void twoStoresWritingAtOnceKeepEveryAnswer() throws Exception {
        int each = 200;
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < 2; w++) {
            int writer = w;
            threads.add(new Thread(() -> {
                try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC())) {
                    long s = store.startSession("b", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, writer, Plans.of(each));
                    for (int i = 0; i < each; i++) store.recordAnswer(s, "b", AnswerWriter.answer("w" + writer + "-" + i));
                } catch (Throwable t) {
                    failures.add(t);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) t.join();
        assertEquals(List.of(), failures);
        assertEquals(2 * each, count(dir.resolve("progress.db"), "SELECT COUNT(*) FROM answers"));
    }

    @Test
    void everyAnswerCommittedSurvivesTheProcessBeingKilled() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int run = 0; run < 3; run++) {
            Path data = dir.resolve("kill" + run);
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    AnswerWriter.class.getName(), data.toString()).redirectErrorStream(false).start();
            Set<String> printed = new HashSet<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                int wanted = 20 + run * 37;
                String line;
                while (printed.size() < wanted && (line = out.readLine()) != null) printed.add(line);
                p.destroyForcibly();
                p.waitFor();
            }
            assertEquals(20 + run * 37, printed.size(), "the writer ran");
            Path db = data.resolve("progress.db");
            Set<String> stored = new HashSet<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    assertEquals("ok", rs.getString(1));
                }
                try (ResultSet rs = s.executeQuery("SELECT question FROM answers")) {
                    while (rs.next()) stored.add(rs.getString(1));
                }
            }
            assertTrue(stored.containsAll(printed), "lost: " + printed.stream().filter(q -> !stored.contains(q)).toList());
        }
    }
}
