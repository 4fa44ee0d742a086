package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TextCharacter;
import org.junit.jupiter.api.Test;

/**
 * The chars whose width the printed page works out without Lanterna (Latin, punctuation, arrows, box drawing,
 * dingbats, kana, CJK, Hangul) measure exactly as Lanterna draws them, every one.
 */
class DisplayWidthBlocksTest {
    @Test
    void everyCharOfTheSimpleBlocksMeasuresAsLanternaDrawsIt() {
        int[][] blocks = {{0x20, 0x7E}, {0xA0, 0x2FF}, {0x2010, 0x2027}, {0x2030, 0x205E}, {0x2190, 0x21FF},
                {0x2500, 0x25FF}, {0x2700, 0x27BF}, {0x3041, 0x3096}, {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}};
        int checked = 0;
        for (int[] block : blocks) {
            for (int c = block[0]; c <= block[1]; c++) {
                int lanterna = TextCharacter.fromCharacter((char) c)[0].isDoubleWidth() ? 2 : 1;
                assertEquals(lanterna, DisplayWidth.of(String.valueOf((char) c)), String.format("U+%04X", c));
                assertEquals(lanterna, DisplayWidth.cellWidth(String.valueOf((char) c)), String.format("U+%04X", c));
                checked++;
            }
        }
        assertEquals(33_584, checked, "every char of the blocks");
    }
}
