package brief.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.LoadedBriefing;
import brief.content.Validation;
import brief.draft.DraftedArticle;
import brief.progress.ProgressStore;
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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A drafted briefing's whole quiz, answered right through piped line mode, scores full marks. */
class DraftedQuizTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"news.txt", "opinion.txt", "sports.txt", "court.txt", "science.txt", "noquotes.txt",
            "markdown.md", "html.html", "planning.txt", "obituary.txt", "earnings.txt"})
    void aDraftsWholeQuizAnsweredRightScoresFullMarks(String article) throws Exception {
        LoadedBriefing b = drafted(article);
        QuizPlan plan = new QuizPlan(b.briefing().questions().size(), null, null, null, 1);
        List<Presented> questions = plan.questions(b.briefing());
        assertEquals(b.briefing().questions().size(), questions.size(), "every drafted question is asked");
        StringBuilder input = new StringBuilder();
        for (Presented p : questions) input.append(RightAnswers.typed(p)).append('\n');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        Summary summary;
        try (ProgressStore store = ProgressStore.open(dir.resolve("data"), java.time.Clock.systemUTC());
             LineIO io = LineIO.streams(new ByteArrayInputStream(input.toString().getBytes(StandardCharsets.UTF_8)), out)) {
            summary = new LineQuiz(io, store, () -> clock.addAndGet(1_000_000_000L), brief.progress.Records.FrontEnd.PLAIN)
                    .run(new QuizSession(b.briefing(), questions), plan.seed());
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(100, summary.percent(), text);
        assertTrue(text.contains("Result: " + summary.possible() + " of " + summary.possible() + " points (100%)"), text);
    }

    private LoadedBriefing drafted(String article) throws Exception {
        Path yaml = DraftedArticle.write(article, dir).yaml();
        Validation.Checked checked = Validation.check(List.of(yaml)).get(0);
        assertEquals(List.of(), checked.problems(), "the draft validates");
        return checked.briefing();
    }
}
