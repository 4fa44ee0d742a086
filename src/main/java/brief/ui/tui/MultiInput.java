package brief.ui.tui;

import brief.model.Option;
import brief.quiz.Presented;
import brief.quiz.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Several options: each letter ticks or unticks one, Enter submits the ticked ones. */
final class MultiInput implements AnswerInput {
    private static final String HOW = "Choose all that apply.";
    private final List<Option> options;
    private final boolean promptSaysHow;
    private final Set<Integer> ticked = new TreeSet<>();
    private int cursor;

    MultiInput(List<Option> options, String prompt) {
        this.options = options;
        this.promptSaysHow = prompt.toLowerCase(java.util.Locale.ROOT).contains("all that apply");
    }

    @Override
    public String how() {
        return promptSaysHow ? null : HOW;
    }

    @Override
    public void draw(Page page, int col) {
        for (int i = 0; i < options.size(); i++) {
            String box = ticked.contains(i) ? "[x] " : "[ ] ";
            page.option(col, i == cursor, box + Presented.letter(i) + ") " + options.get(i).text(), "       ");
        }
    }

    private void toggle(int i) {
        if (!ticked.remove(i)) ticked.add(i);
        cursor = i;
    }

    @Override
    public void keys(KeyTable t, Answer answer) {
        int n = options.size();
        t.add("tick or untick that option", "tick", k -> {
            toggle(Key.letter(k) >= 0 ? Key.letter(k) : Key.digit(k));
            return View.Step.STAY;
        }, Key.letters(n), Key.digits(n));
        t.stay("tick or untick the chosen option", null, () -> toggle(cursor), Key.SPACE);
        AnswerInput.cursorKeys(t, "choose an option", "choose", n, () -> cursor, i -> cursor = i);
        t.stay("submit the ticked options", "submit", () -> {
            if (ticked.isEmpty()) {
                answer.problem("Tick at least one option (its letter, or Space), then Enter.");
                return;
            }
            List<String> ids = new ArrayList<>();
            for (int i : ticked) ids.add(options.get(i).id());
            answer.give(new Response.Picks(ids));
        }, Key.ENTER);
    }
}
