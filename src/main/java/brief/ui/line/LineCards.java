package brief.ui.line;

import brief.content.LoadedBriefing;
import brief.model.Card;
import brief.model.Point;
import brief.progress.ProgressStore;
import brief.progress.StoreException;
import brief.render.OnePage;
import brief.render.Words;
import java.util.List;
import java.util.Locale;

/** The briefing card by card, each point with its evidence shown in its paragraph of the article. */
public final class LineCards {
    static final String HELP = "Enter or n: next card · p: previous · a number: that card · l: list of cards · q: quit";

    private final LineIO io;
    private final ProgressStore store;

    public LineCards(LineIO io, ProgressStore store) {
        this.io = io;
        this.store = store;
    }

    /** Every card one after the other, for a pipe or a file: nothing to page through, and no card counted as read. */
    public void printAll(LoadedBriefing loaded) {
        List<Card> cards = loaded.briefing().cards();
        io.println(loaded.briefing().title());
        io.println(Words.count(cards.size(), "card") + ", each point marked fact, claim or opinion, with its evidence "
                + "in the article.");
        for (int i = 0; i < cards.size(); i++) print(loaded, i);
        io.println();
        io.println("Take the quiz with: brief quiz");
        io.flush();
    }

    /** Card by card at the reader's pace; Ctrl-C ends the line and leaves, as {@link LineIO.Interrupted}. */
    public void run(LoadedBriefing loaded) {
        List<Card> cards = loaded.briefing().cards();
        io.println(loaded.briefing().title());
        io.println(Words.count(cards.size(), "card") + ". " + HELP);
        int at = 0;
        boolean showing = true;
        while (true) {
            if (showing) show(loaded, at);
            showing = true;
            String line = io.read("[" + (at + 1) + "/" + cards.size() + "] > ");
            if (line == null) return;
            String c = line.strip().toLowerCase(Locale.ROOT);
            if (c.isEmpty() || c.equals("n")) {
                if (at == cards.size() - 1) {
                    io.println("That was the last card. Take the quiz with: brief quiz");
                    return;
                }
                at++;
            } else if (c.equals("p")) {
                at = Math.max(0, at - 1);
            } else if (c.equals("q")) {
                return;
            } else if (c.equals("l")) {
                for (int i = 0; i < cards.size(); i++) io.println("  " + (i + 1) + ". " + cards.get(i).title());
                showing = false;
            } else if (c.matches("\\d{1,3}") && Integer.parseInt(c) >= 1 && Integer.parseInt(c) <= cards.size()) {
                at = Integer.parseInt(c) - 1;
            } else {
                io.println(HELP);
                showing = false;
            }
        }
    }

    private void show(LoadedBriefing loaded, int index) {
        Card card = print(loaded, index);
        try {
            store.recordCardView(loaded.briefing().id(), card.id());
        } catch (StoreException e) {
            io.println("! " + e.getMessage());
        }
    }

    private Card print(LoadedBriefing loaded, int index) {
        Card card = loaded.briefing().cards().get(index);
        io.println();
        io.println("── " + (index + 1) + ". " + card.title() + "  (" + card.topic() + ")");
        for (Point p : card.points()) {
            io.println("  " + marker(p) + " " + p.text());
            io.println("      Evidence: " + loaded.article().marked(p.evidence().passage(), 8));
        }
        return card;
    }

    static String marker(Point p) {
        return OnePage.marker(p.kind()) + " " + p.kind().word() + ":";
    }

}
