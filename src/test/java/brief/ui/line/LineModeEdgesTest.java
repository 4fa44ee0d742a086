package brief.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.LoadedBriefing;
import brief.model.QuestionType;
import brief.progress.ProgressStore;
import brief.progress.Records;
import brief.quiz.Presented;
import brief.quiz.QuizSession;
import brief.render.DisplayWidth;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Line mode at a terminal's width and off a terminal, and a quiz left before it was answered. */
class LineModeEdgesTest {
    @TempDir
    Path dir;

    private String quiz(String input, int width) throws Exception {
        LoadedBriefing b = LakeBriefing.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProgressStore store = ProgressStore.open(dir);
             LineIO io = LineIO.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, width)) {
            new LineQuiz(io, store, System::nanoTime, "plain").run(new QuizSession(b.briefing(), LakeBriefing.questions(b, 1)), 1);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<String> words(String text) {
        return Arrays.asList(text.strip().split("\\s+"));
    }

    @Test
    void atSixtyColumnsEveryLineFitsAndOnlyLineBreaksChange() throws Exception {
        String folded = quiz("s\ns\ns\n\n", 60);
        String piped = quiz("s\ns\ns\n\n", 0);
        for (String line : folded.split("\n")) {
            assertTrue(DisplayWidth.of(line) <= 60, "wider than 60 columns: '" + line + "'\n" + folded);
        }
        assertTrue(piped.lines().anyMatch(l -> DisplayWidth.of(l) > 60), "the transcript has long lines to fold");
        assertEquals(words(piped), words(folded), "no word is cut or lost, only lines are broken:\n" + folded);
    }

    @Test
    void aWrappedOptionContinuesUnderItsTextAndThePromptAtTheMargin() throws Exception {
        String folded = quiz("s\ns\ns\n\n", 60);
        int at = folded.indexOf("How many spawning");
        assertEquals(String.join("\n",
                "How many spawning grounds of the arctic char did the team",
                "count in 2024, at the end of the survey period?  [1 point]",
                "  a) Thirty-one spawning grounds, the same number as at the",
                "     start of the survey",
                "  b) Twelve spawning grounds, down from thirty-one at the",
                "     start of the survey",
                "  c) Forty spawning grounds, one at each of the stations",
                "     where the team measured",
                "> s"), folded.substring(at, folded.indexOf("\n", folded.indexOf("> s", at))), folded);
    }

    @Test
    void aPipeGetsEachLineWhole() throws Exception {
        String piped = quiz("s\ns\ns\n\n", 0);
        assertTrue(piped.contains("\n  b) Twelve spawning grounds, down from thirty-one at the start of the survey\n"), piped);
    }

    @Test
    void examplesHaveAsManyPairsAndLettersAsTheQuestion() throws Exception {
        String piped = quiz("s\ns\ns\n\n", 0);
        assertTrue(piped.contains("  (pair each number with a letter, e.g. 1b 2a)\n  1) "), "two pairs, two in the example:\n" + piped);
        assertTrue(piped.contains("  (type the letters in the right order, e.g. c b a)\n"), "three items:\n" + piped);
        assertFalse(piped.contains("3c"), piped);
    }

    @Test
    void inputEndingBeforeAnyAnswerShowsNoEmptyHeadings() throws Exception {
        String transcript = quiz("", 0);
        assertTrue(transcript.endsWith("\nResult: 0 of 0 points (0%), 3 questions not reached\n"), transcript);
        assertFalse(transcript.contains("By card:") || transcript.contains("By topic:"), transcript);
    }

    @Test
    void inputEndingAfterAnAnswerShowsTheCardAndTopicReached() throws Exception {
        String transcript = quiz("s\n", 0);
        assertTrue(transcript.contains("\nBy card:\n  [..........]   0%  The arctic char (0 of 2)\nBy topic:\n"
                + "    0%  fish (0 of 2)\n"), transcript);
    }

    @Test
    void questionTypesOfTheTestBriefingAreTheOnesTheseTestsNeed() throws Exception {
        List<QuestionType> types = LakeBriefing.questions(LakeBriefing.load(), 1).stream()
                .map(p -> p.question().type()).toList();
        assertEquals(List.of(QuestionType.ORDER, QuestionType.CHOICE, QuestionType.MATCH), types);
    }
}
