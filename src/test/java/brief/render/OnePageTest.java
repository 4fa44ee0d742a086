package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.model.Briefing;
import brief.model.Card;
import brief.model.Derivation;
import brief.model.Evidence;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Source;
import brief.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OnePageTest {
    static Briefing seed() throws Exception {
        return Library.load(List.of(), true).find("lee-beijing-visit").briefing();
    }

    static void assertFitsOnePage(String page, int width) {
        String[] lines = page.split("\n", -1);
        assertEquals("", lines[lines.length - 1], "the page ends with a newline");
        assertTrue(lines.length - 1 <= OnePage.MAX_LINES, "at most 60 lines, got " + (lines.length - 1) + ":\n" + page);
        for (String line : lines) {
            assertTrue(DisplayWidth.of(line) <= width, "line wider than " + width + ": '" + line + "'");
            assertTrue(line.chars().noneMatch(c -> c < 0x20), "no control characters: '" + line + "'");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 100})
    void theSeedBriefingFitsOnePageAtCommonWidths(int width) throws Exception {
        assertFitsOnePage(OnePage.render(seed(), width), width);
    }

    @Test
    void theSeedBriefingAt80ColumnsMatchesTheReviewedPage() throws Exception {
        Golden.assertMatches("print-80.txt", OnePage.render(seed(), 80));
    }

    @Test
    void theSeedBriefingAsMarkdownMatchesTheReviewedFile() throws Exception {
        Golden.assertMatches("print.md", Markdown.render(seed()));
    }

    @Test
    void theSeedBriefingAsHtmlMatchesTheReviewedFile() throws Exception {
        Golden.assertMatches("print.html", Html.render(seed()));
    }

    @Test
    void theHtmlIsSelfContainedAndPrintsOnAPage() throws Exception {
        String html = Html.render(seed());
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("@page { size: A4;") && html.contains("@media print"), "print CSS");
        assertTrue(!html.contains("src=") && !html.contains("href=") && !html.contains("@import"), "no external assets");
        for (String heading : List.of("Bottom line", "Key points", "Numbers to know", "Who's who", "Quotes", "Outcomes",
                "Context", "Timeline", "What to watch")) {
            assertTrue(html.contains("<h2>" + heading.replace("'", "&#39;") + "</h2>"), heading);
        }
    }

    @Test
    void escapesHtmlInContent() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;", Html.escape("<script>alert(\"x\") & 'y'</script>"));
    }

    @Test
    void showsEverySectionOfTheSeedBriefing() throws Exception {
        String page = OnePage.render(seed(), 80);
        for (String heading : List.of("BOTTOM LINE", "KEY POINTS", "NUMBERS TO KNOW", "WHO'S WHO", "QUOTES", "OUTCOMES",
                "CONTEXT", "WHAT TO WATCH")) {
            assertTrue(page.contains("\n" + heading), "missing section " + heading);
        }
        assertTrue(page.contains("Source: China Diplomacy in the New Era · opinion"), page);
        assertTrue(page.contains("Perspective: Favourable to Beijing"), page);
    }

    private static Briefing overfull() {
        Evidence e = new Evidence("passage");
        List<Card> cards = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            List<Point> points = List.of(new Point("p" + c, "Point number " + c + " is a sentence long enough to need "
                    + "two lines at sixty columns, which is the narrowest common width.", PointKind.FACT, e));
            cards.add(new Card("c" + c, "Card " + c, "topic", points));
        }
        List<Point> watch = List.of(new Point("w1", "Something to watch.", PointKind.OPINION, e));
        return new Briefing("big", "A very big briefing", "Lead.", new Source("a.txt", "T", "Outlet", SourceKind.NEWS,
                null, "Neutral."), "Bottom line.", cards, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), watch, List.of(), Derivation.ALL);
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 100})
    void anOverfullBriefingStillFitsAndSaysWhatWasLeftOut(int width) {
        String page = OnePage.render(overfull(), width);
        assertFitsOnePage(page, width);
        assertTrue(page.replace("\n  ", " ").contains("Not shown for lack of room:"), page);
        assertTrue(page.contains("Point number 0 is a sentence"), "the first points are kept");
    }

    @Test
    void neverCutsASentenceInTheMiddle() {
        String page = OnePage.render(overfull(), 60);
        int shown = 0;
        for (int c = 0; c < 30; c++) {
            if (page.contains("Point number " + c + " ")) {
                shown++;
                assertTrue(page.replace("\n      ", " ").contains("Point number " + c
                        + " is a sentence long enough to need two lines at sixty columns, which is the narrowest common width."),
                        "point " + c + " is shown whole");
            }
        }
        assertTrue(page.replace("\n  ", " ").contains((30 - shown) + " key points"), page);
    }

    @Test
    void measuresWideCharactersAsTwoColumns() {
        assertEquals(6, DisplayWidth.of("李在明"));
        assertEquals(6, DisplayWidth.of("이재명"));
        assertEquals(4, DisplayWidth.of("Ríos"));
        for (String line : Wrap.lines("李在明 習近平 이재명 ".repeat(10), 20, "", "")) {
            assertTrue(DisplayWidth.of(line) <= 20, line);
        }
    }

    @Test
    void rightToLeftAndCombiningTextIsKeptWholeAndMeasuredRight() {
        String rtl = "\u05d4\u05e0\u05e9\u05d9\u05d0 \u0627\u0644\u0631\u0626\u064a\u0633";
        String combining = "Cafe\u0301 Ri\u0301os";
        assertEquals(9, DisplayWidth.of(combining), "a combining accent takes no column");
        Point p = new Point("p", rtl + " " + combining + " " + "word ".repeat(30), PointKind.FACT, new Evidence("e"));
        Briefing b = new Briefing("rtl", "T", "L.", new Source("a.txt", "T", "O", SourceKind.NEWS, null, "P."), "B.",
                List.of(new Card("c", "C", "t", List.of(p))), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), Derivation.NONE);
        String page = OnePage.render(b, 60);
        assertFitsOnePage(page, 60);
        assertTrue(page.contains(rtl), "the right-to-left words are kept as written:\n" + page);
        assertTrue(page.contains(combining), "combining marks stay with their letters:\n" + page);
    }

    @Test
    void breaksWordsLongerThanTheLine() {
        List<String> lines = Wrap.lines("x".repeat(130), 50, "  ", "  ");
        assertEquals(3, lines.size());
        lines.forEach(l -> assertTrue(l.length() <= 50, l));
    }

    @Test
    void refusesWidthsTooNarrowForAPage() {
        assertThrows(IllegalArgumentException.class, () -> OnePage.render(overfull(), 30));
    }

    @Test
    void escapesMarkdownMarkupInContent() {
        assertEquals("a \\*b\\* \\[c\\](d) \\<script\\>", Markdown.escape("a *b* [c](d) <script>"));
    }
}
