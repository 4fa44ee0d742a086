package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.render.OnePage;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/** The one-page print as it would come out, scrolled when the window is shorter than the page. */
final class PreviewView implements View {
    private final LoadedBriefing loaded;
    private int top;
    private int lastHeight = 1;
    private int lastLines;

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
        List<String> lines = OnePage.render(loaded.briefing(), width).lines().toList();
        lastHeight = c.height;
        lastLines = lines.size();
        top = Math.max(0, Math.min(top, lines.size() - c.height));
        for (int i = 0; i < c.height && top + i < lines.size(); i++) c.text(i, 1, lines.get(top + i));
    }

    @Override
    public Step key(KeyStroke k) {
        if (Keys.back(k)) return Step.BACK;
        if (Keys.down(k)) top++;
        if (Keys.up(k)) top = Math.max(0, top - 1);
        if (k.getKeyType() == KeyType.PageDown || Keys.is(k, ' ')) top += lastHeight - 1;
        if (k.getKeyType() == KeyType.PageUp) top = Math.max(0, top - lastHeight + 1);
        if (k.getKeyType() == KeyType.Home) top = 0;
        if (k.getKeyType() == KeyType.End) top = Math.max(0, lastLines - lastHeight);
        return Step.STAY;
    }

    @Override
    public List<String> keys() {
        return List.of("↑/↓, j/k      scroll a line", "PgUp/PgDn, ␣  scroll a page", "Home/End      top, bottom",
                "q, Esc        back", "Print it with: brief print (or --format markdown)");
    }

    @Override
    public String hints() {
        return "↑/↓ scroll · Esc back · print it with: brief print";
    }
}
