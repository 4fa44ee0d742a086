package brief.render;

/**
 * Paper sizes for the PDF, in points. A class of its own, without PDFBox: choosing one (any 'brief print' does)
 * then loads neither the PDF renderer nor PDFBox.
 */
public enum Paper {
    A4(595.27563f, 841.8898f), LETTER(612, 792);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    float width() {
        return width;
    }

    float height() {
        return height;
    }
}
