package brief.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.render.DisplayWidth;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What Lanterna's screen holds, cell by cell, after the canvas writes text: the width measure must agree. */
class CellWidthTest {
    private TerminalScreen screen;
    private Canvas canvas;

    @BeforeEach
    void open() throws Exception {
        screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(40, 4)));
        screen.startScreen();
        canvas = new Canvas(screen.newTextGraphics(), 40, 4, false);
    }

    @AfterEach
    void close() throws Exception {
        screen.stopScreen();
    }

    /** The cells of row 0 up to the first empty one: each as its text, "·" for the right half of a wide one. */
    private List<String> cells() throws Exception {
        screen.refresh();
        List<String> out = new ArrayList<>();
        for (int col = 0; col < 40; col++) {
            TextCharacter c = screen.getFrontCharacter(col, 0);
            if (c.getCharacterString().equals(" ") && col > 0 && out.get(out.size() - 1).equals("|")) break;
            out.add(c.getCharacterString());
            if (c.isDoubleWidth()) {
                out.add("·");
                col++;
            }
        }
        return out;
    }

    @Test
    void anEmojiTakesTwoCellsAndTheTextAfterItIsNotOverwritten() throws Exception {
        int end = canvas.text(0, 0, "go \uD83D\uDE80 x|");
        assertEquals(List.of("g", "o", " ", "\uD83D\uDE80", "·", " ", "x", "|"), cells());
        assertEquals(8, end);
    }

    @Test
    void chineseAndKoreanTakeTwoCellsEach() throws Exception {
        canvas.text(0, 0, "李在明 이재명|");
        assertEquals(List.of("李", "·", "在", "·", "明", "·", " ", "이", "·", "재", "·", "명", "·", "|"), cells());
    }

    @Test
    void aCombiningAccentIsJoinedToItsLetterInOneCell() throws Exception {
        canvas.text(0, 0, "Cafe\u0301 Ri\u0301os|");
        assertEquals(List.of("C", "a", "f", "é", " ", "R", "í", "o", "s", "|"), cells());
    }

    @Test
    void rightToLeftTextKeepsItsOrderOneCellALetter() throws Exception {
        canvas.text(0, 0, "שלום سلام|");
        assertEquals(List.of("ש", "ל", "ו", "ם", " ", "س", "ل", "ا", "م", "|"), cells());
    }

    @Test
    void textCutAtTheEdgeEndsBetweenCellsWithAnEllipsis() throws Exception {
        Canvas narrow = new Canvas(screen.newTextGraphics(), 6, 4, false);
        narrow.text(0, 0, "ab\uD83D\uDE80\uD83D\uDE80cd");
        screen.refresh();
        assertEquals("\uD83D\uDE80", screen.getFrontCharacter(2, 0).getCharacterString());
        assertEquals("…", screen.getFrontCharacter(4, 0).getCharacterString(), "the second emoji does not fit beside …");
    }

    @Test
    void aTabBesideAnAccentTakesACellAsASpaceDoes() throws Exception {
        canvas.text(0, 0, "a\tq\u0307|");
        assertEquals(List.of("a", " ", "q\u0307", "·", "|"), cells());
    }

    /** The width measured is the column where the next character lands, for every kind of text. */
    @ParameterizedTest
    @ValueSource(strings = {"plain words", "李在明 習近平", "이재명", "go \uD83D\uDE80", "\uD83E\uDE70 shoes", "Cafe\u0301",
            "q\u0307 dotted", "שלום", "مرحبا", "e\u0301\u0323 two marks", "“quotes” — dash …", "▁▂▃ █░ ─│ ↑↓ ✓✗"})
    void theMeasureIsWhereLanternaPutsTheNextCharacter(String text) throws Exception {
        int end = canvas.text(0, 0, text);
        canvas.text(0, end, "|");
        screen.refresh();
        assertEquals("|", screen.getFrontCharacter(DisplayWidth.of(text), 0).getCharacterString(),
                "the measure of “" + text + "” is " + DisplayWidth.of(text) + " columns");
        assertEquals(DisplayWidth.of(text), end);
    }

    @Test
    void everyCharIsMeasuredAsLanternaDrawsIt() {
        for (char c = 0x20; c < 0xFFFF; c++) {
            if (Character.isSurrogate(c) || c == 0x7F) continue;
            String one = String.valueOf(c);
            int lanterna = TextCharacter.fromCharacter(c)[0].isDoubleWidth() ? 2 : 1;
            assertEquals(lanterna, DisplayWidth.cellWidth(one), "U+" + Integer.toHexString(c) + " " + one);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"go \uD83D\uDE80 now", "\uD83D\uDC69\u200D\uD83D\uDD2C lab", "q\u0307 e\u0301\u0323",
            "\u0E01\u0E31\u0E1A Thai", "\uD83C\uDDF0\uD83C\uDDF7 flag", "李在明 이재명", "Ｆｕｌｌ ｶﾀｶﾅ"})
    void clustersAreSplitAndMeasuredAsLanternaSplitsThem(String text) {
        String normal = DisplayWidth.normal(text);
        List<String> lanterna = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (TextCharacter c : TextCharacter.fromString(normal)) {
            lanterna.add(c.getCharacterString());
            widths.add(c.isDoubleWidth() ? 2 : 1);
        }
        assertEquals(lanterna, DisplayWidth.cells(text));
        assertEquals(widths, DisplayWidth.cells(text).stream().map(DisplayWidth::cellWidth).toList());
    }
}
