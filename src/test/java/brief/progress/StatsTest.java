package brief.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.Briefings;
import brief.model.Card;
import brief.model.ContentHash;
import brief.model.Evidence;
import brief.model.Question;
import brief.model.Stem;
import brief.quiz.Answered;
import brief.quiz.SessionKind;
import brief.render.stats.StatsReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsTest {
    private static final Instant MARCH = Instant.parse("2026-03-01T09:00:00Z");
    @TempDir
    Path dir;

    static final List<Question> QUESTIONS = IntStream.range(0, 14).mapToObj(i -> (Question) new Question.TrueFalse(
            new Stem("q" + i, "The match went to extra time " + i + ".", i < 7 ? "first" : "second", 1, "It did.",
                    new Evidence("extra time"), null, false), true)).toList();

    static final Briefing CUP = Briefings.of("cup-final", "The cup final",
            List.of(card("first"), card("second")), QUESTIONS);

    private static Card card(String id) {
        return Briefings.card(id, "The " + id + " half", "sport");
    }

    private static Answered answer(Question q, double credit) {
        return new Answered(q.id(), ContentHash.of(q), q.card(), "t", credit, credit, 1, false, false, Duration.ofSeconds(3));
    }

    private static ProgressStore at(Path dir, Instant when) {
        return ProgressStore.open(dir, Clock.fixed(when, ZoneOffset.UTC));
    }

    /** A session of the given kind answering the first {@code answered} of {@code planned} questions, right. */
    private static void session(ProgressStore store, SessionKind kind, int planned, int answered, boolean finish)
            throws StoreException {
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < planned; i++) plan.add(QUESTIONS.get(i).id());
        long s = store.startSession("cup-final", kind, Records.FrontEnd.PLAIN, 1, plan);
        for (int i = 0; i < answered; i++) store.recordAnswer(s, "cup-final", answer(QUESTIONS.get(i), i == 0 ? 0 : 1));
        if (finish) store.finishSession(s, Records.Status.FINISHED, answered - 1, answered);
        else store.finishSession(s, Records.Status.QUIT, answered - 1, answered);
    }

    @Test
    void onlyFullSizedQuizzesSetTheScoreAndLeftSessionsSaySo() throws Exception {
        try (ProgressStore store = at(dir, MARCH)) {
            session(store, SessionKind.QUIZ, 12, 12, true);
            session(store, SessionKind.RETRY, 1, 1, true);
            session(store, SessionKind.QUIZ, 3, 3, true);
            session(store, SessionKind.QUIZ, 12, 0, false);
            session(store, SessionKind.QUIZ, 12, 4, false);
            Stats s = Stats.of(CUP, QUESTIONS, store);
            assertEquals(2, s.scored().size(), "the two 12-question quizzes with answers");
            assertEquals(92, s.best().orElseThrow(), "11 of 12; the retry and the short quiz do not raise it");
            String text = StatsReport.text(s);
            assertTrue(text.contains("Sessions: 4"), text);
            assertTrue(text.contains("quiz     left after 4 of 12"), text);
            assertTrue(text.contains("retry    finished"), text);
            assertFalse(text.contains("left after 0 of 12"), "a session left before its first answer is not shown");
        }
    }

    @Test
    void masteryFadesAndQuestionsFallDueAMonthLater() throws Exception {
        try (ProgressStore store = at(dir, MARCH)) {
            session(store, SessionKind.QUIZ, 12, 12, true);
        }
        double now;
        try (ProgressStore store = at(dir, MARCH.plusSeconds(60))) {
            Stats s = Stats.of(CUP, QUESTIONS, store);
            now = s.mastery();
            assertEquals(11.0 / 14, now, 0.01, "a minute after: eleven right and fresh, one missed, two never asked");
            assertEquals(0, s.due());
            assertEquals(1, s.forecast()[1], "the missed one is due tomorrow");
        }
        try (ProgressStore store = at(dir, MARCH.plus(Duration.ofDays(30)))) {
            Stats s = Stats.of(CUP, QUESTIONS, store);
            assertTrue(s.mastery() < now - 0.2, "a month away: " + s.mastery() + " after " + now);
            assertEquals(12, s.due(), "every question answered is due");
            String overview = StatsReport.overview(List.of(s, s));
            assertEquals(3, overview.lines().count(), overview);
            assertTrue(overview.lines().toList().get(2).startsWith("Total: 2 briefings, 2 sessions"), overview);
        }
    }
}
