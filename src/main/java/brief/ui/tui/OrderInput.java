package brief.ui.tui;

import brief.model.Item;
import brief.quiz.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Items to put in order: Space picks the chosen one up, ↑/↓ carry it, Space puts it down; Enter submits. */
final class OrderInput implements AnswerInput {
    private final List<Item> arrangement;
    private int cursor;
    private boolean holding;
    /** Whether an item has been moved, and whether Enter on the untouched order has been asked about once. */
    private boolean moved;
    private boolean asked;

    OrderInput(List<Item> items) {
        this.arrangement = new ArrayList<>(items);
    }

    @Override
    public String how() {
        return holding ? "Moving the item: ↑/↓ to move it, Space to put it down."
                : "↑/↓ to choose an item, Space to pick it up and move it.";
    }

    @Override
    public void draw(Page page, int col) {
        for (int i = 0; i < arrangement.size(); i++) {
            String grip = holding && i == cursor ? "⇅ " : "  ";
            page.option(col, i == cursor, grip + (i + 1) + ". " + arrangement.get(i).text(), "     ");
        }
    }

    @Override
    public void keys(KeyTable t, Answer answer) {
        t.stay(holding ? "put the item down" : "pick up the chosen item", holding ? "put down" : "pick up",
                () -> holding = !holding, Key.SPACE);
        t.add("↑/↓, j/k", holding ? "move the item" : "choose an item", holding ? "move" : "choose", k -> {
            int to = Key.UP.matches(k) || Key.is(k, 'k') ? cursor - 1 : cursor + 1;
            if (to >= 0 && to < arrangement.size()) {
                if (holding) Collections.swap(arrangement, cursor, to);
                moved |= holding;
                cursor = to;
            }
            return View.Step.STAY;
        }, Key.UP, Key.DOWN, Key.chr('k'), Key.chr('j'));
        t.stay("submit this order", "submit", () -> {
            if (!moved && !asked) {
                asked = true;
                answer.problem("Nothing has been moved yet: Enter again scores the order as shown; Space picks an item up.");
                return;
            }
            answer.give(new Response.Sequence(arrangement.stream().map(Item::id).toList()));
        }, Key.ENTER);
    }
}
