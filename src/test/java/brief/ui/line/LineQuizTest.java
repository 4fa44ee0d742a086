package brief.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import brief.progress.Records;
import brief.quiz.Presented;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import brief.quiz.Summary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line mode driven through piped streams, as a script or a screen reader would use it. */
class LineQuizTest {
    @TempDir
    Path dir;

    private static LoadedBriefing seed() throws Exception {
        return Library.load(List.of(), true).find("lee-beijing-visit");
    }

    private record Transcript(String text, Summary summary) {}

    private Transcript run(String input, QuizPlan plan) throws Exception {
        LoadedBriefing b = seed();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        Summary summary;
        try (ProgressStore store = ProgressStore.open(dir);
             LineIO io = LineIO.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)) {
            QuizSession session = new QuizSession(b.briefing(), plan.questions(b.briefing()));
            summary = new LineQuiz(io, store, () -> clock.addAndGet(1_000_000_000L), "plain").run(session, plan.seed());
        }
        return new Transcript(out.toString(StandardCharsets.UTF_8), summary);
    }

    /** The right answer to a shown question, typed as line mode expects it. */
    static String rightAnswer(Presented p) {
        return RightAnswers.typed(p);
    }

    @Test
    void aWholeQuizAnsweredRightFromAPipeScoresFullMarks() throws Exception {
        QuizPlan plan = new QuizPlan(null, null, null, null, 1);
        StringBuilder input = new StringBuilder();
        for (Presented p : plan.questions(seed().briefing())) input.append(rightAnswer(p)).append('\n');
        Transcript t = run(input.toString(), plan);
        assertEquals(100, t.summary().percent(), t.text());
        assertTrue(t.text().contains("Result: " + t.summary().possible() + " of " + t.summary().possible() + " points (100%)"),
                t.text());
        try (ProgressStore store = ProgressStore.open(dir)) {
            Records.Session s = store.sessions("lee-beijing-visit").get(0);
            assertEquals("finished", s.status());
            assertEquals(plan.questions(seed().briefing()).size(), s.answered());
        }
    }

    @Test
    void answersWithWindowsLineEndsAndNoLastLineEndAreReadAsTyped() throws Exception {
        QuizPlan plan = new QuizPlan(3, null, null, null, 1);
        List<String> answers = plan.questions(seed().briefing()).stream().map(LineQuizTest::rightAnswer).toList();
        Transcript t = run(String.join("\r\n", answers), plan);
        assertEquals(100, t.summary().percent(), t.text());
    }

    @Test
    void anAnswerCarryingEscapeSequencesIsEchoedWithThemWrittenOutAndNoBell() throws Exception {
        QuizPlan plan = new QuizPlan(1, null, null, null, 1);
        Transcript t = run("\u001b]0;pwned\u0007\u001b[2Jx\n", plan);
        assertTrue(t.text().contains("\\u001b]0;pwned"), "the answer is echoed, escaped:\n" + t.text());
        assertTrue(t.text().chars().noneMatch(c -> c == 0x1b || c == 0x07), "no escape or bell is written:\n" + t.text());
    }

    @Test
    void aQuizOfOneQuestionIsCountedInTheSingular() throws Exception {
        QuizPlan plan = new QuizPlan(2, null, null, null, 7);
        Transcript t = run("", plan);
        assertTrue(t.text().contains("\n2 questions, 2 points."), t.text());
        assertTrue(t.text().contains("Result: 0 of 0 points (0%), 2 questions not reached"), t.text());
        Transcript one = run("", new QuizPlan(1, null, null, null, 7));
        assertTrue(one.text().contains("\n1 question, 1 point."), one.text());
        assertTrue(one.text().contains(", 1 question not reached"), one.text());
    }

    @Test
    void endOfInputEndsTheQuizAsQuitAndKeepsWhatWasAnswered() throws Exception {
        QuizPlan plan = new QuizPlan(5, null, null, null, 3);
        Presented first = plan.questions(seed().briefing()).get(0);
        Transcript t = run(rightAnswer(first) + "\n", plan);
        assertTrue(t.text().contains("✓ Right"), t.text());
        assertTrue(t.text().contains("4 questions not reached"), t.text());
        try (ProgressStore store = ProgressStore.open(dir)) {
            Records.Session s = store.sessions("lee-beijing-visit").get(0);
            assertEquals("quit", s.status());
            assertEquals(1, s.answered());
        }
    }

    @Test
    void reasksABadAnswerWithAHintInsteadOfGradingIt() throws Exception {
        QuizPlan plan = new QuizPlan(1, null, null, null, 3);
        Presented first = plan.questions(seed().briefing()).get(0);
        Transcript t = run("zz 99\n" + rightAnswer(first) + "\n", plan);
        assertEquals(100, t.summary().percent(), t.text());
    }

    @Test
    void helpHintAndSkipWork() throws Exception {
        QuizPlan plan = new QuizPlan(2, null, null, null, 5);
        List<Presented> qs = plan.questions(seed().briefing());
        Transcript t = run("?\nh\n" + rightAnswer(qs.get(0)) + "\ns\n", plan);
        assertTrue(t.text().contains("Answer with a letter or number"), "help shown");
        assertTrue(t.text().contains("Hint: "), "hint shown");
        assertTrue(t.text().contains("(hint used)"), t.text());
        assertTrue(t.text().contains("– Skipped"), t.text());
        assertEquals(qs.get(0).question().difficulty() / 2.0, t.summary().points(), 1e-9);
    }

    @Test
    void offersToRetryTheMissedOnes() throws Exception {
        QuizPlan plan = new QuizPlan(2, null, null, null, 9);
        List<Presented> qs = plan.questions(seed().briefing());
        Transcript t = run("s\n" + rightAnswer(qs.get(1)) + "\nr\n" + rightAnswer(qs.get(0)) + "\n", plan);
        assertTrue(t.text().contains("r to retry the 1 missed"), t.text());
        assertEquals(100, t.summary().percent(), "the retry of the one missed question went right");
    }

    @Test
    void keepsAnExclamationMarkInAnAnswer() throws Exception {
        QuizPlan plan = new QuizPlan(null, null, null, null, 1);
        Presented cloze = plan.questions(seed().briefing()).stream()
                .filter(p -> p.question().type() == brief.model.QuestionType.CLOZE).findFirst().orElseThrow();
        QuizPlan one = new QuizPlan(null, cloze.question().card(), null, java.util.Set.of(cloze.question().id()), 1);
        Transcript t = run("wow!\n", one);
        assertTrue(t.text().contains("> wow!"), t.text());
    }
}
