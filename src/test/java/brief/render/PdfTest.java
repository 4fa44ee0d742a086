package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfTest {
    @Test
    void thePaperSizesAreTheStandardOnes() {
        for (var sizes : List.of(List.of(Pdf.size(Paper.A4), org.apache.pdfbox.pdmodel.common.PDRectangle.A4),
                List.of(Pdf.size(Paper.LETTER), org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER))) {
            assertEquals(sizes.get(1).getWidth(), sizes.get(0).getWidth(), 0.001);
            assertEquals(sizes.get(1).getHeight(), sizes.get(0).getHeight(), 0.001);
        }
    }

    @Test
    void theSeedBriefingIsExactlyOneA4PageWithEverySectionAndTheKeyFigures() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Pdf.render(OnePageTest.seed(), Paper.A4))) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()));
            String text = new PDFTextStripper().getText(doc);
            for (String heading : List.of("Bottom line", "Key points", "Numbers to know", "Who's who", "Quotes", "Outcomes",
                    "Context", "Timeline", "What to watch")) {
                assertTrue(text.contains(heading), "missing " + heading + " in:\n" + text);
            }
            assertTrue(text.contains("• 2017 — The previous China–South Korea Business Forum is held"), text);
            assertTrue(text.contains("about $299 billion"), text);
            assertTrue(text.contains("15 — cooperation documents"), text);
            assertTrue(text.contains("“The Republic of Korea and China are ships"), "typographic quotes extract as text");
            assertTrue(text.indexOf("Bottom line") < text.indexOf("Key points")
                    && text.indexOf("Key points") < text.indexOf("What to watch"), "reading order");
        }
    }

    @Test
    void embedsItsFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Pdf.render(OnePageTest.seed(), Paper.A4))) {
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void printsOnLetterPaperWhenAsked() throws Exception {
        try (PDDocument doc = Loader.loadPDF(Pdf.render(OnePageTest.seed(), Paper.LETTER))) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(612, Math.round(doc.getPage(0).getMediaBox().getWidth()));
        }
    }

    @Test
    void refusesContentThatCannotFitOnePageAtAReadableSize() {
        Evidence e = new Evidence("passage");
        List<Card> cards = new ArrayList<>();
        for (int c = 0; c < 150; c++) {
            cards.add(new Card("c" + c, "Card " + c, "t", List.of(new Point("p" + c, "A point long enough to take most of a "
                    + "line on the page, so that a hundred and fifty of them cannot fit.", PointKind.FACT, e))));
        }
        Briefing big = new Briefing("big", "Big", "Lead.", new Source("a.txt", "T", "O", SourceKind.NEWS, null, "P."),
                "Bluf.", cards, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), Derivation.NONE);
        Pdf.PdfException ex = assertThrows(Pdf.PdfException.class, () -> Pdf.render(big, Paper.A4));
        assertTrue(ex.getMessage().startsWith("the briefing does not fit on one page at a readable size (7.5 pt"), ex.getMessage());
    }
}
