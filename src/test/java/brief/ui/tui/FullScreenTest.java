package brief.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.progress.Records;
import brief.quiz.Presented;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullScreenTest {
    @TempDir
    Path data;

    private Harness home(int w, int h) throws Exception {
        return new Harness(data, w, h, HomeView::new);
    }

    private Harness quiz(List<Presented> questions) throws Exception {
        return new Harness(data, 100, 30, app -> new QuizView(app, new QuizSession(app.briefings().get(0).briefing(), questions), 1));
    }

    private static List<Presented> questions(long seed) throws Exception {
        return new QuizPlan(null, null, null, null, seed).questions(Harness.seed().briefing());
    }

    @Test
    void theHomeScreenListsTheBriefingWithItsProgress() throws Exception {
        try (Harness h = home(100, 30)) {
            String frame = h.snap().run();
            String first = h.snapshot(0);
            assertTrue(first.startsWith(" brief · briefings"), first);
            assertTrue(first.contains("› Lee Jae Myung in Beijing"), first);
            assertTrue(first.contains("mastery ░░░░░░░░░░ 0% · last score — · last studied never"), first);
            assertTrue(frame.contains("↑/↓ choose · Enter open · q quit"), frame);
        }
    }

    @Test
    void aWholeQuizFromHomeToResultsAndBackHomeByKeyboardAlone() throws Exception {
        try (Harness h = home(100, 30)) {
            h.keys("\n2").snap();
            for (int i = 0; i < 53; i++) h.ctrl('n').keys("\n");
            h.snap().key(KeyType.Enter).key(KeyType.Escape).snap();
            h.run();
            assertTrue(h.snapshot(0).contains("Question 1 of 53"), h.snapshot(0));
            String results = h.snapshot(1);
            assertTrue(results.contains("Result: "), results);
            assertTrue(results.contains("By card"), results);
            assertTrue(results.contains("Missed ("), results);
            assertTrue(results.contains("r retry the missed ones · Enter back"), results);
            String back = h.snapshot(2);
            assertTrue(back.contains("Choose a briefing:"), back);
            assertFalse(back.contains("last studied never"), "home shows the new progress: " + back);
            assertFalse(back.contains("last score —"), back);
        }
    }

    @Test
    void theResultsOfferARetryOfTheMissedOnes() throws Exception {
        List<Presented> qs = questions(2).subList(0, 2);
        try (Harness h = quiz(qs)) {
            h.keys(Typing.rightKeys(qs.get(0))).keys("\n").ctrl('n').keys("\n").snap().keys("r").snap();
            h.run();
            assertTrue(h.snapshot(0).contains("Missed (1)"), h.snapshot(0));
            assertTrue(h.snapshot(1).contains("Question 1 of 1"), h.snapshot(1));
        }
    }

    @Test
    void everyQuestionTypeCanBeAnsweredRightByKeys() throws Exception {
        List<Presented> qs = questions(11);
        try (Harness h = quiz(qs)) {
            for (Presented p : qs) {
                h.keys(Typing.rightKeys(p));
                h.keys("\n");
            }
            String results = h.snap().run();
            String last = h.snapshot(0);
            assertTrue(last.contains("Result: 87 of 87 points (100%)"), last);
            assertTrue(last.contains("Nothing missed."), last);
            try (var store = brief.progress.ProgressStore.open(data)) {
                Records.Session s = store.sessions("lee-beijing-visit").get(0);
                assertEquals("finished", s.status());
                assertEquals(qs.size(), s.answered());
            }
            assertFalse(results.isEmpty());
        }
    }

    @Test
    void feedbackSaysRightOrWrongInSymbolAndWordsWithTheEvidence() throws Exception {
        List<Presented> qs = questions(11);
        try (Harness h = quiz(qs)) {
            h.keys(Typing.wrongKeys(qs.get(0))).snap();
            h.run();
            String f = h.snapshot(0);
            assertTrue(f.contains("✗ Wrong") || f.contains("~ Partly right"), f);
            assertTrue(f.contains("Evidence: “"), f);
            assertTrue(f.contains("Answer: "), f);
        }
    }

    @Test
    void theHelpOverlayListsTheKeysOfTheScreen() throws Exception {
        try (Harness h = home(100, 30)) {
            h.keys("?").snap().keys("x").snap();
            h.run();
            assertTrue(h.snapshot(0).contains("Keys: briefings"), h.snapshot(0));
            assertTrue(h.snapshot(0).contains("Enter      open the chosen one"), h.snapshot(0));
            assertTrue(h.snapshot(0).contains("Ctrl-C"), h.snapshot(0));
            assertFalse(h.snapshot(1).contains("Keys: briefings"), "any key closes it");
        }
    }

    @Test
    void aResizeInTheMiddleOfAQuestionRelaysTheScreen() throws Exception {
        List<Presented> qs = questions(3);
        try (Harness h = quiz(qs)) {
            h.snap().resize(70, 24).snap();
            h.run();
            String before = h.snapshot(0);
            String after = h.snapshot(1);
            assertEquals(30, before.split("\n").length);
            assertEquals(24, after.split("\n").length);
            assertTrue(after.lines().allMatch(l -> brief.render.DisplayWidth.of(l) <= 70), after);
            assertTrue(after.contains("Question 1 of 53"), after);
            assertTrue(after.contains(qs.get(0).question().stem().prompt().substring(0, 20)), after);
        }
    }

    @Test
    void aWindowBelowTheMinimumAsksForALargerOne() throws Exception {
        try (Harness h = home(50, 12)) {
            String frame = h.snap().run();
            assertTrue(h.snapshot(0).contains("The window is too small for brief."), h.snapshot(0));
            assertTrue(h.snapshot(0).contains("Make it at least 60×18 (now 50×12)."), h.snapshot(0));
        }
    }

    @Test
    void growingTheWindowBringsTheScreenBack() throws Exception {
        try (Harness h = home(50, 12)) {
            h.resize(100, 30).snap();
            h.run();
            assertTrue(h.snapshot(0).contains("Choose a briefing:"), h.snapshot(0));
        }
    }

    @Test
    void leavingAQuizInTheMiddleAsksFirstAndKeepsTheAnswers() throws Exception {
        List<Presented> qs = questions(5);
        try (Harness h = quiz(qs)) {
            h.keys(Typing.rightKeys(qs.get(0))).keys("\n").key(KeyType.Escape).snap().keys("y");
            h.run();
            assertTrue(h.snapshot(0).contains("Leave the quiz? Your answers so far are saved."), h.snapshot(0));
            try (var store = brief.progress.ProgressStore.open(data)) {
                Records.Session s = store.sessions("lee-beijing-visit").get(0);
                assertEquals("quit", s.status());
                assertEquals(1, s.answered());
            }
        }
    }

    @Test
    void ctrlCLeavesAtOnceKeepingEveryAnswer() throws Exception {
        List<Presented> qs = questions(5);
        try (Harness h = quiz(qs)) {
            h.keys(Typing.rightKeys(qs.get(0))).keys("\n").ctrl('c').keys("zzz");
            h.run();
            assertFalse(h.ui.open(), "the UI closed");
            try (var store = brief.progress.ProgressStore.open(data)) {
                assertEquals(1, store.sessions("lee-beijing-visit").get(0).answered());
            }
        }
    }

    @Test
    void cardsShowEachPointsKindAndItsEvidenceInTheParagraph() throws Exception {
        try (Harness h = new Harness(data, 100, 30, app -> new CardsView(app, app.briefings().get(0)))) {
            h.snap().key(KeyType.ArrowRight).snap();
            h.run();
            String first = h.snapshot(0);
            assertTrue(first.contains("[F] fact"), first);
            assertTrue(first.contains("[C] claim"), first);
            assertTrue(first.contains("[O] opinion"), first);
            assertTrue(first.contains("»During South Korean President Lee Jae Myung's maiden visit"), first);
            assertTrue(h.snapshot(1).contains("2. How we got here"), h.snapshot(1));
            try (var store = brief.progress.ProgressStore.open(data)) {
                assertTrue(store.lastStudied("lee-beijing-visit").isPresent(), "card views are recorded");
            }
        }
    }

    @Test
    void wideCharactersTakeTheirTrueWidth() throws Exception {
        var seed = Harness.seed();
        var b = seed.briefing();
        var renamed = new brief.model.Briefing(b.id(), "李在明 習近平 이재명 " + "会談 ".repeat(30), b.lead(), b.source(), b.bluf(),
                b.cards(), b.figures(), b.people(), b.organizations(), b.quotes(), b.timeline(), b.outcomes(), b.context(),
                b.watch(), b.questions(), b.derive());
        var loaded = new brief.content.LoadedBriefing(renamed, seed.article(), seed.location(), 0);
        try (Harness h = new Harness(data, 80, 24, HomeView::new, List.of(loaded))) {
            h.snap().run();
            String frame = h.snapshot(0);
            assertTrue(frame.contains("李在明 習近平 이재명"), frame);
            for (String line : frame.split("\n")) {
                assertTrue(brief.render.DisplayWidth.of(line) <= 80, "wider than the window: " + line);
            }
        }
    }
}
