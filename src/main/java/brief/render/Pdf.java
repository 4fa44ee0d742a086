package brief.render;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Figure;
import brief.model.Organization;
import brief.model.Person;
import brief.model.Point;
import brief.model.Quote;
import brief.model.TimelineEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one-page briefing as a PDF: exactly one page, every section, fonts embedded. The text is set as large
 * as fits, down to {@link #MIN_SIZE} points; below that it says so rather than cut content or add a page.
 */
public final class Pdf {
    public static final float MAX_SIZE = 10.5f;
    public static final float MIN_SIZE = 7.5f;
    private static final float MARGIN = 40;
    private static final List<Path> FONT_DIRS = List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"),
            Path.of(System.getProperty("user.home"), ".local/share/fonts"), Path.of("/Library/Fonts"),
            Path.of("C:/Windows/Fonts"));
    private static final List<String> REGULAR = List.of("DejaVuSans.ttf", "NotoSans-Regular.ttf", "LiberationSans-Regular.ttf",
            "Arial.ttf", "arial.ttf");
    private static final List<String> BOLD = List.of("DejaVuSans-Bold.ttf", "NotoSans-Bold.ttf", "LiberationSans-Bold.ttf",
            "Arial Bold.ttf", "arialbd.ttf");

    /** The content cannot be set on one page, or no font can show it. */
    public static final class PdfException extends Exception {
        public PdfException(String message) {
            super(message);
        }
    }

    private Pdf() {}

    /** The page size of {@code paper}, for PDFBox. */
    static PDRectangle size(Paper paper) {
        return new PDRectangle(paper.width(), paper.height());
    }

    private record Block(String text, boolean heading, boolean bold, String indent) {}

    public static byte[] render(Briefing b, Paper paper) throws PdfException, IOException {
        List<Block> blocks = blocks(b);
        try (PDDocument doc = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(doc, font(REGULAR).toFile());
            PDType0Font bold = PDType0Font.load(doc, font(BOLD).toFile());
            for (Block block : blocks) requireGlyphs(block.bold() || block.heading() ? bold : regular, block.text());
            float width = size(paper).getWidth() - 2 * MARGIN;
            float height = size(paper).getHeight() - 2 * MARGIN;
            float size = MAX_SIZE;
            List<List<Line>> laid = null;
            while (size >= MIN_SIZE) {
                laid = layout(blocks, regular, bold, size, width);
                if (totalHeight(blocks, laid, size) <= height) break;
                size -= 0.25f;
            }
            if (size < MIN_SIZE) {
                throw new PdfException("the briefing does not fit on one page at a readable size (" + MIN_SIZE
                        + " pt or larger); shorten it, or print it as HTML or Markdown");
            }
            PDPage page = new PDPage(size(paper));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = size(paper).getHeight() - MARGIN;
                for (int i = 0; i < blocks.size(); i++) {
                    Block block = blocks.get(i);
                    float fontSize = block.heading() ? size + 1 : size;
                    if (block.heading() && i > 0) y -= size * 0.6f;
                    for (Line line : laid.get(i)) {
                        y -= fontSize * 1.25f;
                        cs.beginText();
                        cs.setFont(line.bold() ? bold : regular, fontSize);
                        cs.newLineAtOffset(MARGIN + line.offset(), y);
                        cs.showText(line.text());
                        cs.endText();
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(b.title());
            info.setSubject("Briefing: " + b.source().title());
            info.setCreator("brief");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private record Line(String text, boolean bold, float offset) {}

    private static List<List<Line>> layout(List<Block> blocks, PDType0Font regular, PDType0Font bold, float size,
                                           float width) throws IOException {
        List<List<Line>> out = new ArrayList<>();
        for (Block block : blocks) {
            PDType0Font font = block.bold() || block.heading() ? bold : regular;
            float fontSize = block.heading() ? size + 1 : size;
            float indent = regular.getStringWidth(block.indent()) / 1000 * size;
            List<Line> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float lineIndent = 0;
            for (String word : block.text().split("\\s+")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                float w = font.getStringWidth(candidate) / 1000 * fontSize;
                if (w + lineIndent > width && line.length() > 0) {
                    lines.add(new Line(line.toString(), font == bold, lineIndent));
                    line = new StringBuilder(word);
                    lineIndent = indent;
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            if (line.length() > 0) lines.add(new Line(line.toString(), font == bold, lineIndent));
            out.add(lines);
        }
        return out;
    }

    /** The height the blocks take, exactly as {@link #render} sets them. */
    private static float totalHeight(List<Block> blocks, List<List<Line>> laid, float size) {
        float h = 0;
        for (int i = 0; i < blocks.size(); i++) {
            boolean heading = blocks.get(i).heading();
            if (heading && i > 0) h += size * 0.6f;
            h += laid.get(i).size() * (heading ? size + 1 : size) * 1.25f;
        }
        return h;
    }

    private static List<Block> blocks(Briefing b) {
        List<Block> out = new ArrayList<>();
        out.add(new Block(b.title(), true, true, ""));
        out.add(new Block(OnePage.sourceLine(b.source()), false, false, "  "));
        out.add(new Block("Perspective: " + b.source().perspective(), false, false, "  "));
        out.add(new Block("Bottom line", true, true, ""));
        out.add(new Block(b.bluf(), false, false, ""));
        out.add(new Block("Key points   [F] fact · [C] claim · [O] opinion", true, true, ""));
        for (Card c : b.cards()) point(out, c.points().get(0));
        out.add(new Block("Numbers to know", true, true, ""));
        for (Figure f : b.figures()) {
            String detail = f.label() + (f.asOf() != null ? " (" + f.asOf() + ")" : "")
                    + (f.attributedTo() != null ? ", per " + f.attributedTo() : "");
            out.add(new Block("• " + f.value() + " — " + detail, false, false, "    "));
        }
        out.add(new Block("Who's who", true, true, ""));
        for (Person p : b.people()) out.add(new Block("• " + p.name() + " — " + p.role(), false, false, "    "));
        for (Organization o : b.organizations()) out.add(new Block("• " + o.name() + " — " + o.what(), false, false, "    "));
        out.add(new Block("Quotes", true, true, ""));
        for (Quote q : b.quotes()) {
            String speaker = b.person(q.speaker()).map(Person::name).orElse(q.speaker());
            out.add(new Block("“" + q.text() + "” — " + speaker + " (" + q.context() + ")", false, false, "    "));
        }
        section(out, "Outcomes", b.outcomes());
        section(out, "Context", b.context());
        if (!b.timeline().isEmpty()) {
            out.add(new Block("Timeline", true, true, ""));
            for (TimelineEvent t : b.timeline()) out.add(new Block("• " + Timeline.line(t), false, false, "    "));
        }
        section(out, "What to watch", b.watch());
        return out;
    }

    private static void section(List<Block> out, String title, List<Point> points) {
        if (points.isEmpty()) return;
        out.add(new Block(title, true, true, ""));
        for (Point p : points) point(out, p);
    }

    private static void point(List<Block> out, Point p) {
        out.add(new Block(OnePage.marker(p.kind()) + " " + p.text(), false, false, "        "));
    }

    private static void requireGlyphs(PDType0Font font, String text) throws PdfException, IOException {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp)) continue;
            try {
                font.encode(new String(Character.toChars(cp)));
            } catch (IllegalArgumentException e) {
                throw new PdfException(String.format("no installed font can show '%s' (U+%04X); install a font that "
                        + "covers it (for CJK text, e.g. Noto Sans CJK) or print as HTML", new String(Character.toChars(cp)), cp));
            }
        }
    }

    /** The first of the named fonts found in the usual font folders. */
    static Path font(List<String> names) throws PdfException {
        for (String name : names) {
            for (Path dir : FONT_DIRS) {
                if (!Files.isDirectory(dir)) continue;
                try (var walk = Files.walk(dir, 4)) {
                    var found = walk.filter(p -> p.getFileName().toString().equals(name)).findFirst();
                    if (found.isPresent()) return found.get();
                } catch (IOException e) {
                    // An unreadable font folder: look in the next one.
                }
            }
        }
        throw new PdfException("no TrueType font found to embed (looked for " + String.join(", ", names)
                + "); install DejaVu (Debian: fonts-dejavu-core) or print as HTML");
    }
}
