package brief.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.model.ContentHash;
import brief.model.Evidence;
import brief.model.Question;
import brief.model.Stem;
import brief.quiz.Answered;
import brief.quiz.SessionKind;
import brief.schedule.Rating;
import brief.schedule.Schedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store hands the answers over grouped by question, not in the order given: each question's schedule must still
 * be what answering it one answer at a time gives, and the counts what the answers add up to.
 */
class ReplayTest {
    private static final Instant DAY1 = Instant.parse("2026-04-06T07:30:00Z");
    @TempDir
    Path dir;

    private static Question tf(String id) {
        return new Question.TrueFalse(new Stem(id, "The ferry to " + id + " ran on time.", "c1", 1, "It did.",
                new Evidence("the ferry ran"), null, false), true);
    }

    private static final List<Question> QUESTIONS = List.of(tf("arran"), tf("bute"), tf("cumbrae"));

    /** A clock the test moves on. */
    private static final class Moving extends Clock {
        Instant now = DAY1;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** One answer as given: to which question, with what hash, credit, hint and skip, how many hours in. */
    private record Given(String question, String hash, double credit, boolean hint, boolean skipped, long hours) {}

    private static String present(String id) {
        return ContentHash.of(QUESTIONS.stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow());
    }

    /** What answering one question at a time gives: the scheduler run over that question's answers in order. */
    private static Schedule oneByOne(List<Given> given, String question) {
        Schedule s = Schedule.NEW;
        for (Given g : given) {
            if (g.question().equals(question) && g.hash().equals(present(question))) {
                s = Stats.SCHEDULER.review(s, Rating.of(g.credit(), g.hint(), g.skipped()), DAY1.plus(Duration.ofHours(g.hours())));
            }
        }
        return s;
    }

    @Test
    void eachQuestionIsScheduledFromItsOwnAnswersInTheOrderGiven() throws Exception {
        List<Given> given = List.of(new Given("bute", present("bute"), 1, false, false, 0),
                new Given("arran", present("arran"), 0.5, false, false, 1),
                new Given("cumbrae", "an-earlier-wording", 1, false, false, 2),
                new Given("bute", present("bute"), 0, false, false, 26),
                new Given("arran", present("arran"), 1, true, false, 27),
                new Given("cumbrae", present("cumbrae"), 1, false, true, 28),
                new Given("bute", present("bute"), 1, false, false, 75),
                new Given("arran", present("arran"), 1, false, false, 122),
                new Given("bute", present("bute"), 0.75, false, false, 123));
        Moving clock = new Moving();
        try (ProgressStore store = ProgressStore.open(dir, clock)) {
            long session = store.startSession("ferries", SessionKind.QUIZ, Records.FrontEnd.PLAIN, 1, Plans.of(9));
            for (Given g : given) {
                clock.now = DAY1.plus(Duration.ofHours(g.hours()));
                store.recordAnswer(session, "ferries", new Answered(g.question(), g.hash(), "c1", "t", g.credit(),
                        g.credit(), 1, g.hint(), g.skipped(), Duration.ofSeconds(4)));
            }
            Memory m = Memory.load("ferries", QUESTIONS, store, Stats.SCHEDULER);
            for (Question q : QUESTIONS) {
                assertEquals(oneByOne(given, q.id()), m.schedules().get(q.id()), q.id() + "'s schedule");
            }
            assertEquals(List.of(3, 4, 1), QUESTIONS.stream().map(q -> m.answers().get(q.id())).toList(),
                    "answers to the present wording");
            assertEquals(java.util.Map.of("arran", 1, "bute", 2), m.misses(), "answers with less than full credit");
            assertEquals(5, m.reviewsTaken(), "answers on a later day than the one before");
            assertEquals(4, m.reviewsPassed(), "of those, recalled");
            assertEquals(given.stream().map(Given::question).toList(),
                    store.reviews("ferries").stream().map(Records.Review::question).toList(), "in the order given");
        }
    }

    @Test
    void answersToAnOldHashStillUnconvertedAreTakenInOrderWithTheNewOnes() {
        Question arran = QUESTIONS.get(0);
        String legacy = ContentHash.legacy(arran);
        List<Records.Review> reviews = new ArrayList<>();
        reviews.add(new Records.Review("arran", legacy, true, 1, false, false, DAY1));
        reviews.add(new Records.Review("arran", present("arran"), false, 0, false, false, DAY1.plus(Duration.ofDays(2))));
        reviews.add(new Records.Review("arran", legacy, true, 1, false, false, DAY1.plus(Duration.ofDays(3))));
        Schedule expected = Schedule.NEW;
        for (Records.Review r : reviews) {
            expected = Stats.SCHEDULER.review(expected, Rating.of(r.credit(), r.hintUsed(), r.skipped()), r.answeredAt());
        }
        Memory m = Memory.replay(QUESTIONS, reviews, Stats.SCHEDULER);
        assertEquals(expected, m.schedules().get("arran"), "the lapse on day 3 comes between the two right answers");
        assertEquals(1.0, m.latestCredit().get("arran"), "the latest answer was right");
    }
}
