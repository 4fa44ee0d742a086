package brief.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.LoadedBriefing;
import brief.model.Card;
import brief.quiz.Presented;
import brief.quiz.QuizPlan;
import brief.quiz.QuizSession;
import brief.render.DisplayWidth;
import brief.render.Golden;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen at the smallest accepted size, a common one and a large one: the selection is always on
 * screen, every option of every question type can be brought into sight, and the frames are compared whole.
 */
class ScreenWalkTest {
    @TempDir
    Path data;

    private static final String SIZES = "60, 18\n80, 24\n200, 60";

    /** Kept frames, each with what it must show. */
    private record Frame(String label, String screen, String mustShow) {}

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource(textBlock = SIZES)
    void everyScreenFromHomeToPrintKeepsItsSelectionInSight(int w, int h) throws Exception {
        LoadedBriefing glacier = Harness.glacier();
        List<String> labels = new ArrayList<>();
        List<String> musts = new ArrayList<>();
        try (Harness hs = new Harness(data, w, h, HomeView::new, List.of(glacier))) {
            step(hs.snap(), labels, musts, "home", "› " + glacier.briefing().title().substring(0, 20));
            hs.keys("\n");
            step(hs.snap(), labels, musts, "briefing", "› 1 Read the cards");
            String[] actions = {"Take the quiz", "Review mistakes", "Stats", "Preview the one-page print"};
            for (String a : actions) step(hs.key(KeyType.ArrowDown).snap(), labels, musts, "briefing: " + a, "› " + labels.size() + " " + a);
            step(hs.key(KeyType.PageUp).snap(), labels, musts, "briefing scrolled up", glacier.briefing().title().substring(0, 20));
            hs.keys("1");
            List<Card> cards = glacier.briefing().cards();
            for (int c = 0; c < cards.size(); c++) {
                Card card = cards.get(c);
                for (int p = 0; p < card.points().size(); p++) {
                    if (p > 0) hs.key(KeyType.ArrowDown);
                    String start = card.points().get(p).text().substring(0, 12);
                    step(hs.snap(), labels, musts, "card " + (c + 1) + " point " + (p + 1), start);
                }
                step(hs.key(KeyType.End).snap(), labels, musts, "card " + (c + 1) + " evidence", "Evidence in the article:");
                hs.key(KeyType.ArrowRight);
            }
            step(hs.keys("c").snap(), labels, musts, "card list", "› " + cards.size() + " " + cards.get(cards.size() - 1).title());
            hs.key(KeyType.Escape).keys("q");
            step(hs.keys("4").snap(), labels, musts, "stats", "Mastery by card");
            step(hs.key(KeyType.End).snap(), labels, musts, "stats, the end", "No quiz taken yet");
            hs.keys("q");
            step(hs.keys("5").snap(), labels, musts, "print preview", "Source: Northern Courier");
            step(hs.key(KeyType.PageDown).snap(), labels, musts, "print preview, a page down", "The full data set");
            step(hs.keys("?").snap(), labels, musts, "help on the print preview", "this help");
            hs.keys("x").keys("q");
            hs.run();
            check(w, h, "walk", hs.snapshots(), labels, musts);
        }
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource(textBlock = SIZES)
    void everyOptionOfEveryQuestionTypeCanBeReachedAndAnswered(int w, int h) throws Exception {
        LoadedBriefing glacier = Harness.glacier();
        List<Presented> qs = new QuizPlan(null, null, null, null, 4).questions(glacier.briefing());
        List<String> labels = new ArrayList<>();
        List<String> musts = new ArrayList<>();
        try (Harness hs = new Harness(data, w, h,
                app -> new QuizView(app, new QuizSession(app.briefings().get(0).briefing(), qs), 4), List.of(glacier))) {
            for (Presented p : qs) {
                String type = p.question().type().name().toLowerCase();
                List<String> options = options(p);
                step(hs.snap(), labels, musts, type, options.isEmpty() ? "Answer:" : "› ");
                for (int i = 0; i < options.size(); i++) {
                    if (i > 0) hs.key(KeyType.ArrowDown);
                    step(hs.snap(), labels, musts, type + " option " + (i + 1), options.get(i));
                }
                if (!p.rights().isEmpty()) {
                    // The items to match with: in sight with the line being matched.
                    for (var r : p.rights()) step(hs.snap(), labels, musts, type + " item", start(r.right()));
                }
                for (int i = 1; i < options.size(); i++) hs.key(KeyType.ArrowUp);
                hs.keys(Typing.rightKeys(p));
                step(hs.snap(), labels, musts, type + " feedback", "✓ Right");
                hs.keys("\n");
            }
            step(hs.snap(), labels, musts, "results", "Nothing missed.");
            hs.run();
            check(w, h, "quiz", hs.snapshots(), labels, musts);
            int possible = qs.stream().mapToInt(p -> p.question().difficulty()).sum();
            assertTrue(hs.snapshots().get(hs.snapshots().size() - 1)
                    .contains("Result: " + possible + " of " + possible + " points (100%)"), "every answer was right");
        }
    }

    /** What each option, item or line of a question starts with, in the order the cursor meets them. */
    private static List<String> options(Presented p) {
        List<String> out = new ArrayList<>();
        p.options().forEach(o -> out.add(start(o.text())));
        p.items().forEach(i -> out.add(start(i.text())));
        p.lefts().forEach(l -> out.add(start(l.left())));
        if (p.question().type() == brief.model.QuestionType.TRUEFALSE) {
            out.add("t) True");
            out.add("f) False");
        }
        return out;
    }

    private static String start(String text) {
        return text.length() <= 14 ? text : text.substring(0, 14);
    }

    private static void step(Harness h, List<String> labels, List<String> musts, String label, String mustShow) {
        labels.add(label);
        musts.add(mustShow);
    }

    private static void check(int w, int h, String name, List<String> frames, List<String> labels, List<String> musts) {
        assertEquals(labels.size(), frames.size(), "one frame kept per step");
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < frames.size(); i++) {
            String f = Harness.undated(frames.get(i));
            String where = labels.get(i) + " at " + w + "x" + h + ":\n" + f;
            assertEquals(h, f.split("\n", -1).length - 1, "one line per row: " + where);
            for (String line : f.split("\n")) assertTrue(DisplayWidth.of(line) <= w, "fits the width: " + where);
            assertTrue(!f.contains("too small"), where);
            assertTrue(f.contains(musts.get(i)), "shows “" + musts.get(i) + "”: " + where);
            all.append("== ").append(labels.get(i)).append('\n').append(f);
        }
        Golden.assertMatches("tui/" + name + "-" + w + "x" + h + ".txt", all.toString());
    }
}
