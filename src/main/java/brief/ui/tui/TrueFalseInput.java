package brief.ui.tui;

import brief.quiz.Response;

/** True or false: t or f (1 or 2) answers at once, or ↑/↓ then Enter. */
final class TrueFalseInput implements AnswerInput {
    private int cursor;

    @Override
    public String how() {
        return null;
    }

    @Override
    public void draw(Page page, int col) {
        page.option(col, cursor == 0, "t) True", "   ");
        page.option(col, cursor == 1, "f) False", "   ");
    }

    @Override
    public void keys(KeyTable t, Answer answer) {
        t.add("t/f, 1/2", "answer true or false", "answer", k -> {
            answer.give(new Response.TrueOrFalse(Key.is(k, 't') || Key.is(k, '1')));
            return View.Step.STAY;
        }, Key.chr('t'), Key.chr('f'), Key.chr('1'), Key.chr('2'));
        AnswerInput.cursorKeys(t, "choose true or false", "choose", 2, () -> cursor, i -> cursor = i);
        t.stay("answer with the chosen one", "answer", () -> answer.give(new Response.TrueOrFalse(cursor == 0)), Key.ENTER);
    }
}
