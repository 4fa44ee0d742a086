package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.model.Card;
import brief.model.Point;
import brief.render.OnePage;
import java.util.List;

/** The briefing card by card; the chosen point's evidence is shown within its paragraph of the article. */
final class CardsView implements View {
    private final App app;
    private final LoadedBriefing loaded;
    private int card;
    private int point;
    private boolean listing;
    private final Menu list = new Menu();
    private final Scroll scroll = new Scroll();
    private Scroll listScroll = new Scroll();
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
        int w = Math.min(c.width - 4, 110);
        Page page = new Page(c.width - 2);
        page.blank();
        if (listing) {
            page.line(2, "Jump to a card:", Canvas.Style.BOLD).blank();
            for (int i = 0; i < cards().size(); i++) {
                page.option(1, i == list.selected(), (i + 1) + "  " + cards().get(i).title(), "   ");
            }
            listScroll.draw(c, 0, c.height, page);
            return;
        }
        Card current = cards().get(card);
        page.wrapped(2, w, (card + 1) + ". " + current.title() + "   (" + current.topic() + ")", Canvas.Style.BOLD, "", "   ");
        page.blank();
        int chosenFrom = 0;
        int chosenTo = 0;
        for (int i = 0; i < current.points().size(); i++) {
            Point p = current.points().get(i);
            boolean on = i == point;
            int first = page.size();
            if (on) chosenFrom = first;
            page.wrapped(3, w - 1, p.text(), on ? Canvas.Style.BOLD : Canvas.Style.PLAIN, marker(p) + " ", "            ");
            page.put(first, 1, on ? "›" : " ", Canvas.Style.BOLD);
            if (on) chosenTo = page.size();
        }
        page.blank();
        Point chosen = current.points().get(point);
        page.line(2, "Evidence in the article:", Canvas.Style.BOLD);
        page.wrapped(4, w - 2, loaded.article().marked(chosen.evidence().passage(), 0), Canvas.Style.PLAIN, "", "");
        page.focus(chosenFrom, chosenTo).context(chosenFrom, page.size());
        if (note != null) page.blank().wrapped(2, w, "! " + note, Canvas.Style.BAD, "", "  ");
        scroll.draw(c, 0, c.height, page);
    }

    /** "[F] fact", "[C] claim", "[O] opinion", padded to one width so the points line up. */
    static String marker(Point p) {
        return String.format("%-11s", OnePage.marker(p.kind()) + " " + p.kind().word());
    }

    @Override
    public KeyTable keys() {
        KeyTable t = new KeyTable();
        if (listing) {
            list.keys(t, cards().size(), "a card", "open", i -> {
                go(i);
                return Step.STAY;
            });
            t.stay("c, q, Esc", "back to the card", "back", () -> listing = false, Key.chr('c'), Key.chr('q'), Key.ESC);
            return listScroll.keys(t, false);
        }
        int points = cards().get(card).points().size();
        t.stay("→, l, n, Space", "next card", "next", () -> {
            if (card < cards().size() - 1) go(card + 1);
        }, Key.RIGHT, Key.chr('l'), Key.chr('n'), Key.SPACE);
        t.stay("←, h, p", "previous card", "previous", () -> {
            if (card > 0) go(card - 1);
        }, Key.LEFT, Key.chr('h'), Key.chr('p'));
        t.add("↑/↓, j/k", "choose a point to see its evidence", "points", k -> {
            boolean up = Key.UP.matches(k) || Key.is(k, 'k');
            point = Math.max(0, Math.min(points - 1, point + (up ? -1 : 1)));
            return Step.STAY;
        }, Key.UP, Key.DOWN, Key.chr('k'), Key.chr('j'));
        t.add("go to that card", null, k -> {
            go(Key.digit(k));
            return Step.STAY;
        }, Key.digits(cards().size()));
        t.stay("list of cards", "list", () -> {
            listing = true;
            list.select(card);
            listScroll = new Scroll();
        }, Key.chr('c'));
        scroll.keys(t, false);
        return t.add("q, Esc", "back", "back", k -> Step.BACK, Key.chr('q'), Key.ESC);
    }

    private void go(int index) {
        listing = false;
        if (index == card) return;
        card = index;
        point = 0;
        scroll.home();
        viewed();
    }
}
