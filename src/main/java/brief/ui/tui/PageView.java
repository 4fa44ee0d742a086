package brief.ui.tui;

/** A screen that is one page, laid out afresh for each frame and scrolled in the whole window. */
abstract class PageView implements View {
    /** Where the reader has scrolled the page; its keys belong in the screen's key table. */
    final Scroll scroll = new Scroll();

    /** Lays the screen out on {@code page}, as wide as the window less two columns kept free at the right. */
    abstract void layOut(Page page);

    @Override
    public final void draw(Canvas c) {
        Page page = new Page(c.width - 2);
        layOut(page);
        scroll.draw(c, 0, c.height, page);
    }
}
