package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.model.Card;
import brief.model.Point;
import brief.render.OnePage;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** The briefing card by card; the chosen point's evidence is shown within its paragraph of the article. */
final class CardsView implements View {
    private final App app;
    private final LoadedBriefing loaded;
    private int card;
    private int point;
    private boolean listing;
    private String note;

    CardsView(App app, LoadedBriefing loaded) {
        this.app = app;
        this.loaded = loaded;
        viewed();
    }

    private List<Card> cards() {
        return loaded.briefing().cards();
    }

    private void viewed() {
        String id = cards().get(card).id();
        note = app.save(() -> app.store().recordCardView(loaded.briefing().id(), id));
    }

    @Override
    public String title() {
        return "cards · " + (card + 1) + " of " + cards().size();
    }

    @Override
    public void draw(Canvas c) {
        if (listing) {
            c.text(1, 2, "Jump to a card:", Canvas.Style.BOLD);
            for (int i = 0; i < cards().size(); i++) {
                c.text(3 + i, 2, (i + 1) + "  " + cards().get(i).title(), i == card ? Canvas.Style.SELECTED : Canvas.Style.PLAIN);
            }
            return;
        }
        Card current = cards().get(card);
        int w = Math.min(c.width - 4, 110);
        int row = 1;
        c.text(row++, 2, (card + 1) + ". " + current.title() + "   (" + current.topic() + ")", Canvas.Style.BOLD);
        row++;
        for (int i = 0; i < current.points().size(); i++) {
            Point p = current.points().get(i);
            boolean on = i == point;
            c.text(row, 1, on ? "›" : " ", Canvas.Style.BOLD);
            row += c.wrapped(row, 3, w - 1, p.text(), on ? Canvas.Style.BOLD : Canvas.Style.PLAIN, marker(p) + " ", "            ");
        }
        row++;
        Point chosen = current.points().get(point);
        c.text(row++, 2, "Evidence in the article:", Canvas.Style.BOLD);
        row += c.wrapped(row, 4, w - 2, loaded.article().marked(chosen.evidence().passage(), 0), Canvas.Style.PLAIN, "", "");
        if (note != null) c.text(c.height - 1, 2, "! " + note, Canvas.Style.BAD);
    }

    /** "[F] fact", "[C] claim", "[O] opinion", padded to one width so the points line up. */
    static String marker(Point p) {
        return String.format("%-11s", OnePage.marker(p.kind()) + " " + p.kind().word());
    }

    @Override
    public Step key(KeyStroke k) {
        if (listing) {
            int digit = Keys.digit(k);
            if (digit >= 0 && digit < cards().size()) go(digit);
            if (Keys.up(k)) card = Math.max(0, card - 1);
            if (Keys.down(k)) card = Math.min(cards().size() - 1, card + 1);
            if (Keys.enter(k)) go(card);
            if (Keys.back(k) || Keys.is(k, 'c')) listing = false;
            return Step.STAY;
        }
        if (Keys.back(k)) return Step.BACK;
        if (Keys.right(k) || Keys.is(k, 'n') || Keys.is(k, ' ')) {
            if (card < cards().size() - 1) go(card + 1);
        } else if (Keys.left(k) || Keys.is(k, 'p')) {
            if (card > 0) go(card - 1);
        } else if (Keys.down(k)) {
            point = Math.min(cards().get(card).points().size() - 1, point + 1);
        } else if (Keys.up(k)) {
            point = Math.max(0, point - 1);
        } else if (Keys.is(k, 'c')) {
            listing = true;
        } else {
            int digit = Keys.digit(k);
            if (digit >= 0 && digit < cards().size()) go(digit);
        }
        return Step.STAY;
    }

    private void go(int index) {
        listing = false;
        if (index == card) return;
        card = index;
        point = 0;
        viewed();
    }

    @Override
    public List<String> keys() {
        return List.of("→, l, n, Space  next card", "←, h, p         previous card", "↑/↓, j/k        choose a point to see its evidence",
                "1-9             go to that card", "c               list of cards", "q, Esc          back");
    }

    @Override
    public String hints() {
        return "←/→ cards · ↑/↓ points · c list · Esc back";
    }
}
