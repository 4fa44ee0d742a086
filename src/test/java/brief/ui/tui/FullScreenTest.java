package brief.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.LoadedBriefing;
import brief.model.QuestionType;
import brief.progress.Records;
import brief.quiz.Presented;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import brief.render.Golden;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full screen driven by keys on a virtual terminal, each frame compared whole with a reviewed one. */
class FullScreenTest {
    @TempDir
    Path data;

    private static LoadedBriefing glacier() throws Exception {
        return Harness.glacier();
    }

    private Harness home(int w, int h) throws Exception {
        return new Harness(data, w, h, HomeView::new, List.of(glacier()));
    }

    private Harness quiz(int w, int h, List<Presented> questions) throws Exception {
        return new Harness(data, w, h, app -> new QuizView(app, new QuizSession(app.briefings().get(0).briefing(),
                questions), 1), List.of(glacier()));
    }

    private static List<Presented> questions(long seed) throws Exception {
        return new QuizPlan(null, null, null, null, seed).questions(glacier().briefing());
    }

    private static Presented first(List<Presented> qs, QuestionType type) {
        return qs.stream().filter(p -> p.question().type() == type).findFirst().orElseThrow();
    }

    private static String undated(String frame) {
        return Harness.undated(frame);
    }

    private static void assertScreen(String name, String frame) {
        Golden.assertMatches("tui/screen-" + name + ".txt", frame);
    }

    @Test
    void theHomeScreenListsTheBriefingWithItsProgress() throws Exception {
        try (Harness h = home(60, 18)) {
            assertScreen("home-60x18", h.run());
        }
    }

    @Test
    void aWholeQuizFromHomeToResultsAndBackHomeByKeyboardAlone() throws Exception {
        int total = QuizPlan.allQuestions(glacier().briefing()).size();
        try (Harness h = home(80, 24)) {
            h.keys("\n2").snap();
            for (int i = 0; i < total; i++) h.ctrl('n').keys("\n");
            h.snap().key(KeyType.Enter).key(KeyType.Escape).snap();
            h.run();
            assertTrue(h.snapshot(0).contains("Question 1 of " + total), h.snapshot(0));
            assertTrue(h.snapshot(1).contains("Result: 0 of 14 points (0%)"), h.snapshot(1));
            assertTrue(h.snapshot(1).contains("Missed (" + total + ")"), h.snapshot(1));
            assertScreen("home-after-a-quiz-80x24", undated(h.snapshot(2)));
        }
    }

    @Test
    void theResultsOfferARetryOfTheMissedOnes() throws Exception {
        List<Presented> qs = questions(2).subList(0, 2);
        try (Harness h = quiz(80, 24, qs)) {
            h.keys(Typing.rightKeys(qs.get(0))).keys("\n").ctrl('n').keys("\n").snap().keys("r").snap();
            h.run();
            assertScreen("results-with-a-retry-80x24", h.snapshot(0));
            assertTrue(h.snapshot(1).contains("Question 1 of 1"), h.snapshot(1));
        }
    }

    @Test
    void everyQuestionTypeCanBeAnsweredRightByKeys() throws Exception {
        List<Presented> qs = questions(11);
        int possible = qs.stream().mapToInt(p -> p.question().difficulty()).sum();
        assertEquals(QuestionType.values().length, qs.stream().map(p -> p.question().type()).distinct().count(),
                "the quiz has a question of every type");
        try (Harness h = quiz(80, 24, qs)) {
            for (Presented p : qs) h.keys(Typing.rightKeys(p)).keys("\n");
            String results = h.run();
            assertScreen("results-full-marks-80x24", results);
            try (var store = brief.progress.ProgressStore.open(data)) {
                Records.Session s = store.sessions("glacier-survey").get(0);
                assertEquals("finished", s.status());
                assertEquals(qs.size(), s.answered());
                assertEquals(possible, s.points(), 1e-9, "every point was earned");
                assertEquals(possible, s.possible());
            }
        }
    }

    @Test
    void feedbackSaysRightOrWrongInSymbolAndWordsWithTheEvidence() throws Exception {
        List<Presented> qs = questions(11);
        Presented choice = first(qs, QuestionType.CHOICE);
        try (Harness h = quiz(80, 24, List.of(choice))) {
            assertScreen("feedback-wrong-80x24", h.keys(Typing.wrongKeys(choice)).run());
        }
    }

    @Test
    void theHelpOverlayListsTheKeysOfTheScreenAligned() throws Exception {
        try (Harness h = home(60, 18)) {
            h.keys("?").snap().keys("x").snap();
            h.run();
            assertScreen("help-home-60x18", h.snapshot(0));
            assertFalse(h.snapshot(1).contains("Keys: briefings"), "any key closes it");
        }
    }

    @Test
    void theQuizHelpIsWrappedNotCutAndScrollsAtTheSmallestSize() throws Exception {
        Presented text = first(questions(11), QuestionType.CLOZE);
        try (Harness h = quiz(60, 18, List.of(text))) {
            h.keys("?").snap().key(KeyType.End).snap();
            h.run();
            assertScreen("help-quiz-text-60x18", h.snapshot(0));
            assertScreen("help-quiz-text-end-60x18", h.snapshot(1));
            for (String line : h.snapshot(0).split("\n")) {
                if (line.contains("│")) assertFalse(line.contains("…"), "nothing in the help is cut: " + line);
            }
        }
    }

    @Test
    void theFooterNamesTheKeyThatSubmitsTheAnswer() throws Exception {
        List<Presented> qs = questions(11);
        for (QuestionType type : QuestionType.values()) {
            try (Harness h = quiz(60, 18, List.of(first(qs, type)))) {
                String frame = h.run();
                String footer = frame.substring(frame.lastIndexOf("──\n") + 3);
                boolean enterSubmits = type == QuestionType.MULTI || type == QuestionType.ORDER
                        || type == QuestionType.MATCH || type == QuestionType.CLOZE || type == QuestionType.NUMERIC;
                assertTrue(footer.contains(enterSubmits ? "Enter submit" : "Enter answer"), type + ":\n" + frame);
            }
        }
    }

    @Test
    void aLongTypedAnswerScrollsSidewaysKeepingTheCaretInSight() throws Exception {
        Presented text = first(questions(11), QuestionType.CLOZE);
        try (Harness h = quiz(60, 18, List.of(text))) {
            String frame = h.keys("the quick brown fox jumps over the lazy dog and keeps running far").run();
            String answer = frame.lines().filter(l -> l.contains("Answer:")).findFirst().orElseThrow();
            assertEquals("  Answer: … jumps over the lazy dog and keeps running far", answer);
        }
    }

    @Test
    void aResizeInTheMiddleOfAQuestionRelaysTheScreen() throws Exception {
        Presented match = first(questions(3), QuestionType.MATCH);
        try (Harness h = quiz(100, 30, List.of(match))) {
            h.snap().resize(60, 18).snap();
            h.run();
            assertScreen("match-100x30", h.snapshot(0));
            assertScreen("match-resized-to-60x18", h.snapshot(1));
        }
    }

    @Test
    void aWindowBelowTheMinimumAsksForALargerOne() throws Exception {
        try (Harness h = home(50, 12)) {
            assertScreen("too-small-50x12", h.run());
        }
    }

    @Test
    void growingTheWindowBringsTheScreenBack() throws Exception {
        try (Harness h = home(50, 12)) {
            h.resize(60, 18).snap();
            h.run();
            assertScreen("home-60x18", h.snapshot(0));
        }
    }

    @Test
    void leavingAQuizInTheMiddleAsksFirstAndKeepsTheAnswers() throws Exception {
        List<Presented> qs = questions(5);
        try (Harness h = quiz(60, 18, qs)) {
            h.keys(Typing.rightKeys(qs.get(0))).keys("\n").key(KeyType.Escape).snap().keys("y");
            h.run();
            assertScreen("leave-the-quiz-60x18", h.snapshot(0));
            try (var store = brief.progress.ProgressStore.open(data)) {
                Records.Session s = store.sessions("glacier-survey").get(0);
                assertEquals("quit", s.status());
                assertEquals(1, s.answered());
            }
        }
    }

    @Test
    void ctrlCLeavesAtOnceKeepingEveryAnswer() throws Exception {
        List<Presented> qs = questions(5);
        try (Harness h = quiz(80, 24, qs)) {
            h.keys(Typing.rightKeys(qs.get(0))).keys("\n").ctrl('c').keys("zzz");
            h.run();
            assertFalse(h.ui.open(), "the UI closed");
            try (var store = brief.progress.ProgressStore.open(data)) {
                assertEquals(1, store.sessions("glacier-survey").get(0).answered());
            }
        }
    }

    @Test
    void cardsShowEachPointsKindAndItsEvidenceInTheParagraph() throws Exception {
        try (Harness h = new Harness(data, 80, 24, app -> new CardsView(app, app.briefings().get(0)), List.of(glacier()))) {
            h.snap().key(KeyType.ArrowDown).key(KeyType.ArrowDown).key(KeyType.ArrowDown).snap().key(KeyType.ArrowRight).snap();
            h.run();
            assertScreen("card-1-80x24", h.snapshot(0));
            assertScreen("card-1-point-4-80x24", h.snapshot(1));
            assertScreen("card-2-80x24", h.snapshot(2));
            try (var store = brief.progress.ProgressStore.open(data)) {
                assertTrue(store.lastStudied("glacier-survey").isPresent(), "card views are recorded");
            }
        }
    }

    @Test
    void theStatsScreenShowsTheScoreHistory() throws Exception {
        try (Harness h = home(80, 24)) {
            h.keys("\n").keys("2");
            for (Presented p : new QuizPlan(null, null, null, null, 0).questions(glacier().briefing())) h.ctrl('n').keys("\n");
            h.key(KeyType.Enter).keys("4").key(KeyType.End).snap();
            h.run();
            String stats = undated(h.snapshot(0));
            assertScreen("stats-history-80x24", stats);
            assertTrue(stats.contains("History"), stats);
            assertTrue(stats.contains("YYYY-MM-DD hh:mm  finished      0%  0 of 14 points, 7 answered (full)"), stats);
        }
    }

    @Test
    void wideCharactersTakeTheirTrueWidth() throws Exception {
        var seed = glacier();
        var b = seed.briefing();
        var renamed = new brief.model.Briefing(b.id(), "李在明 習近平 이재명 🚀 " + "会談 ".repeat(30), b.lead(), b.source(), b.bluf(),
                b.cards(), b.figures(), b.people(), b.organizations(), b.quotes(), b.timeline(), b.outcomes(), b.context(),
                b.watch(), b.questions(), b.derive());
        var loaded = new brief.content.LoadedBriefing(renamed, seed.article(), seed.location(), 0);
        try (Harness h = new Harness(data, 60, 18, HomeView::new, List.of(loaded))) {
            assertScreen("wide-title-60x18", h.run());
        }
    }
}
