package brief.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.quiz.Presented;
import brief.quiz.QuizSession;
import brief.quiz.Response;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    @TempDir
    Path dir;

    private static QuizSession quiz(int from, int to) {
        Random r = new Random(1);
        List<Presented> shown = StatsTest.QUESTIONS.subList(from, to).stream().map(q -> Presented.of(q, r)).toList();
        return new QuizSession(StatsTest.CUP, shown);
    }

    private static void answerRight(QuizSession s, QuizRecorder r, int n) {
        for (int i = 0; i < n; i++) r.answered(s.submit(new Response.TrueOrFalse(true), Duration.ofSeconds(2)).answered());
    }

    @Test
    void aQuizLeftMidwayKeepsItsPlanAndGoesOnWhereItStopped() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            QuizSession first = quiz(0, 12);
            QuizRecorder r = QuizRecorder.start(store, first, Records.FrontEnd.PLAIN, 1);
            answerRight(first, r, 4);
            r.end();
            assertEquals(4, r.saved());
            Records.Session left = QuizRecorder.left(store, "cup-final").orElseThrow();
            assertEquals(4, left.answered());
            assertEquals(StatsTest.QUESTIONS.subList(0, 12).stream().map(q -> q.id()).toList(), left.plan());
            assertTrue(left.left(), "stats say: left after 4 of 12");

            QuizSession rest = quiz(4, 12);
            QuizRecorder again = QuizRecorder.resume(store, rest, Records.FrontEnd.PLAIN, left);
            answerRight(rest, again, 8);
            again.end();
            List<Records.Session> sessions = store.sessions("cup-final");
            assertEquals(1, sessions.size(), "one quiz, taken in two sittings");
            Records.Session done = sessions.get(0);
            assertEquals(Records.Status.FINISHED, done.status());
            assertEquals(12, done.answered());
            assertEquals(100, done.percent());
            assertTrue(QuizRecorder.left(store, "cup-final").isEmpty(), "nothing left to go on with");
        }
    }

    @Test
    void aQuizLeftBeforeItsFirstAnswerSetsNoScoreButCanBeTakenUp() throws Exception {
        try (ProgressStore store = ProgressStore.open(dir, Clock.systemUTC())) {
            QuizSession s = quiz(0, 12);
            QuizRecorder.start(store, s, Records.FrontEnd.FULL, 1).end();
            Stats stats = Stats.of(StatsTest.CUP, StatsTest.QUESTIONS, store);
            assertTrue(stats.best().isEmpty(), "no score from a quiz with no answer");
            assertTrue(QuizRecorder.left(store, "cup-final").isPresent());
        }
    }
}
