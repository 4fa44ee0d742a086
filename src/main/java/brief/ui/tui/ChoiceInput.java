package brief.ui.tui;

import brief.model.Option;
import brief.quiz.Presented;
import brief.quiz.Response;
import java.util.List;

/** One option of several: its letter or number answers at once, or ↑/↓ then Enter. */
final class ChoiceInput implements AnswerInput {
    private final List<Option> options;
    private int cursor;

    ChoiceInput(List<Option> options) {
        this.options = options;
    }

    @Override
    public String how() {
        return null;
    }

    @Override
    public void draw(Page page, int col) {
        for (int i = 0; i < options.size(); i++) {
            page.option(col, i == cursor, Presented.letter(i) + ") " + options.get(i).text(), "   ");
        }
    }

    @Override
    public void keys(KeyTable t, Answer answer) {
        int n = options.size();
        t.add("answer with that option", "answer", k -> {
            int i = Key.letter(k) >= 0 ? Key.letter(k) : Key.digit(k);
            answer.give(new Response.Pick(options.get(i).id()));
            return View.Step.STAY;
        }, Key.letters(n), Key.digits(n));
        AnswerInput.cursorKeys(t, "choose an option", "choose", n, () -> cursor, i -> cursor = i);
        t.stay("answer with the chosen option", "answer", () -> answer.give(new Response.Pick(options.get(cursor).id())),
                Key.ENTER);
    }
}
