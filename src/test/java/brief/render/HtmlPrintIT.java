package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import brief.model.Briefing;
import brief.model.Point;
import brief.model.TimelineEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML print as a browser prints it (headless Chromium): one A4 page, the timeline on it. */
class HtmlPrintIT {
    @TempDir
    Path dir;

    private static String chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (Files.isExecutable(Path.of(folder, name))) return Path.of(folder, name).toString();
            }
        }
        return null;
    }

    @Test
    void theSeedBriefingPrintsOnOnePageWithItsTimeline() throws Exception {
        String chromium = chromium();
        assumeTrue(chromium != null, "no headless Chromium installed");
        Briefing seed = OnePageTest.seed();
        Path html = Files.writeString(dir.resolve("briefing.html"), Html.render(seed));
        Path pdf = dir.resolve("briefing.pdf");
        Process p = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium printed within two minutes");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "the HTML prints on one page");
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4");
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("TIMELINE"), "the timeline is printed:\n" + text);
            for (TimelineEvent t : seed.timeline()) assertTrue(text.contains(t.what()), t.what() + " in:\n" + text);
            Point last = seed.watch().get(seed.watch().size() - 1);
            assertTrue(text.contains(last.text()), "down to the last item:\n" + text);
        }
    }
}
