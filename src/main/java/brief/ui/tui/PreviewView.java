package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.render.OnePage;

/** The one-page print as it would come out, scrolled when the window is shorter than the page. */
final class PreviewView implements View {
    private final LoadedBriefing loaded;
    private final Scroll scroll = new Scroll();

    PreviewView(LoadedBriefing loaded) {
        this.loaded = loaded;
    }

    @Override
    public String title() {
        return "print preview";
    }

    @Override
    public void draw(Canvas c) {
        int width = Math.max(OnePage.MIN_WIDTH, Math.min(c.width - 2, 100));
        Page page = new Page(c.width - 1);
        for (String line : OnePage.render(loaded.briefing(), width).split("\n")) page.line(1, line, Canvas.Style.PLAIN);
        scroll.draw(c, 0, c.height, page);
    }

    @Override
    public KeyTable keys() {
        KeyTable t = scroll.keys(new KeyTable(), true);
        t.stay("scroll a page", "page", () -> scroll.pages(1), Key.SPACE);
        return t.add("q, Esc", "back (print it with: brief print)", "back", k -> Step.BACK, Key.chr('q'), Key.ESC);
    }
}
