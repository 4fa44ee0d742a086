package brief.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.Briefings;
import brief.model.Card;
import brief.model.Evidence;
import brief.model.Item;
import brief.model.Option;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Stem;
import brief.progress.ProgressStore;
import brief.quiz.Presented;
import brief.quiz.QuizSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What line mode shows around a question: nothing that gives its answer away before it, marks after it. */
class LineFeedbackTest {
    @TempDir
    Path dir;

    private static Stem stem(String id, String prompt) {
        return new Stem(id, prompt, "ferry", 2, "See the article.", new Evidence("passage of " + id), null, false);
    }

    private static final Question.Multi PORTS = new Question.Multi(stem("q-ports",
            "Which ports will the ferry serve? Choose all that apply."), List.of(new Option("a", "Kell", null),
            new Option("b", "Orford", null), new Option("c", "Brede", null), new Option("d", "Marrow", null)),
            List.of("a", "b"));
    private static final Question.Order STEPS = new Question.Order(stem("q-steps", "Put the steps in order."),
            List.of(new Item("vote", "The council votes"), new Item("build", "The quay is built"),
                    new Item("sail", "The first ferry sails")));

    private String run(String input, Question q) throws Exception {
        Card card = new Card("ferry", "Four ports for the new ferry", "transport",
                List.of(new Point("p", "Ports.", PointKind.FACT, new Evidence("ports"))));
        Briefing b = Briefings.of("ferry", "Ferry", List.of(card), List.of(q));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProgressStore store = ProgressStore.open(dir, java.time.Clock.systemUTC());
             LineIO io = LineIO.streams(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)) {
            new LineQuiz(io, store, System::nanoTime, brief.progress.Records.FrontEnd.PLAIN).run(new QuizSession(b, List.of(Presented.of(q, new Random(1)))), 1);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void beforeTheAnswerTheTopicAndPointsShowButNotTheCardTitle() throws Exception {
        String t = run("q\n", PORTS);
        assertTrue(t.contains("· transport\n"), t);
        assertFalse(t.contains("Four ports"), "the card's title would tell how many ports:\n" + t);
    }

    @Test
    void theHintsCostIsSaidBeforeItIsTaken() throws Exception {
        String t = run("q\n", PORTS);
        assertTrue(t.contains("(h for a hint: it costs a quarter of the points)"), t);
    }

    @Test
    void theFeedbackMarksEachPickAndShowsTheCardTitle() throws Exception {
        String t = run("a c\n", PORTS);
        Presented shown = Presented.of(PORTS, new Random(1));
        String a = shown.options().get(0).text();
        String c = shown.options().get(2).text();
        assertTrue(t.contains("  " + (PORTS.answers().contains(shown.options().get(0).id()) ? "✓ " : "✗ ") + a), t);
        assertTrue(t.contains("  " + (PORTS.answers().contains(shown.options().get(2).id()) ? "✓ " : "✗ ") + c), t);
        assertTrue(t.contains("  Card: Four ports for the new ferry\n"), t);
    }

    @Test
    void theFeedbackMarksEachPositionOfAnOrder() throws Exception {
        Presented shown = Presented.of(STEPS, new Random(1));
        StringBuilder letters = new StringBuilder();
        for (String id : List.of("build", "vote", "sail")) {
            for (int i = 0; i < shown.items().size(); i++) {
                if (shown.items().get(i).id().equals(id)) letters.append(Presented.letter(i)).append(' ');
            }
        }
        String t = run(letters + "\n", STEPS);
        assertEquals(3, t.lines().filter(l -> l.matches("  [✓✗] \\d\\. .*")).count(), t);
        assertTrue(t.contains("  ✗ 1. The quay is built (it comes second)\n"), t);
        assertTrue(t.contains("  ✓ 3. The first ferry sails\n"), t);
    }
}
