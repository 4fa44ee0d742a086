package brief.ui.tui;

import brief.model.Pair;
import brief.quiz.Presented;
import brief.quiz.Response;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lines to match with items: the letter of an item matches the chosen line to it; Enter submits. */
final class MatchInput implements AnswerInput {
    private final List<Pair> lefts;
    private final List<Pair> rights;
    private final int[] matched;
    private int cursor;

    MatchInput(List<Pair> lefts, List<Pair> rights) {
        this.lefts = lefts;
        this.rights = rights;
        this.matched = new int[lefts.size()];
        Arrays.fill(matched, -1);
    }

    @Override
    public String how() {
        return null;
    }

    @Override
    public void draw(Page page, int col) {
        int from = 0;
        int to = 0;
        for (int i = 0; i < lefts.size(); i++) {
            String right = matched[i] < 0 ? "?" : Presented.letter(matched[i]) + ") " + rights.get(matched[i]).right();
            if (i == cursor) from = page.size();
            page.option(col, i == cursor, (i + 1) + ". " + lefts.get(i).left() + "  →  " + right, "   ");
            if (i == cursor) to = page.size();
        }
        page.blank();
        for (int i = 0; i < rights.size(); i++) {
            page.wrapped(col + 2, page.width - col - 2, Presented.letter(i) + ") " + rights.get(i).right(),
                    Canvas.Style.PLAIN, "", "   ");
        }
        // Once the reader is at work on the lines, the items to match them with are kept in sight too.
        page.focus(from, to);
        if (cursor > 0) page.context(from, page.size());
    }

    @Override
    public void keys(KeyTable t, Answer answer) {
        int n = rights.size();
        t.add("match the chosen line to that item", "match", k -> {
            matched[cursor] = Key.letter(k);
            cursor = Math.min(matched.length - 1, cursor + 1);
            return View.Step.STAY;
        }, Key.letters(n));
        t.add("←/→", "cycle the chosen line's match", null, k -> {
            int step = Key.RIGHT.matches(k) ? 1 : -1;
            matched[cursor] = matched[cursor] < 0 ? (step > 0 ? 0 : n - 1) : Math.floorMod(matched[cursor] + step, n);
            return View.Step.STAY;
        }, Key.LEFT, Key.RIGHT);
        AnswerInput.cursorKeys(t, "choose a line", "line", lefts.size(), () -> cursor, i -> cursor = i);
        t.stay("submit the matches", "submit", () -> {
            for (int m : matched) {
                if (m < 0) {
                    answer.problem("Match every line before Enter: type a letter for each.");
                    return;
                }
            }
            Map<String, String> pairs = new LinkedHashMap<>();
            for (int j = 0; j < matched.length; j++) pairs.put(lefts.get(j).id(), rights.get(matched[j]).id());
            answer.give(new Response.Pairing(pairs));
        }, Key.ENTER);
    }
}
