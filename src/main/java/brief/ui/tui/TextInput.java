package brief.ui.tui;

import brief.quiz.AnswerParser;
import brief.render.DisplayWidth;
import brief.quiz.Presented;

/** A typed answer, for a gap or a number: a line of text with a caret; Enter submits it. */
final class TextInput implements AnswerInput {
    private final Presented shown;
    private final String unit;
    private final StringBuilder text = new StringBuilder();
    private int caret;

    TextInput(Presented shown, String unit) {
        this.shown = shown;
        this.unit = unit;
    }

    @Override
    public String how() {
        return unit == null ? "Type the missing words, then Enter." : "Type the number, then Enter.";
    }

    @Override
    public void draw(Page page, int col) {
        int row = page.size();
        String before = text.substring(0, caret);
        String at = caret < text.length() ? text.substring(caret, caret + 1) : " ";
        String after = caret < text.length() ? text.substring(caret + 1) : "";
        // A long answer scrolls sideways so that the caret stays in sight.
        int room = page.width - col - 8 - (unit == null ? 0 : DisplayWidth.of(unit) + 1) - 2;
        while (DisplayWidth.of(before + at) > room && before.length() > 1) {
            before = "…" + before.substring(2);
        }
        page.line(col, "Answer:", Canvas.Style.PLAIN);
        int c = col + 8;
        page.put(row, c, before, Canvas.Style.SELECTED);
        c += DisplayWidth.of(before);
        page.put(row, c, at, Canvas.Style.PLAIN);
        c += DisplayWidth.of(at);
        page.put(row, c, after, Canvas.Style.SELECTED);
        c += DisplayWidth.of(after);
        if (unit != null) page.put(row, c + 1, unit, Canvas.Style.DIM);
        page.focus(row, row + 1);
    }

    @Override
    public void keys(KeyTable t, Answer answer) {
        // With nothing typed yet, ? is still the help.
        t.add("letters, digits", "type the answer", null, k -> {
            text.insert(caret++, k.getCharacter());
            return View.Step.STAY;
        }, Key.typed("letters, digits", c -> c != '?' || text.length() > 0));
        t.add("←/→ Home End Backspace Delete", "move in the answer and edit it", null, k -> {
            edit(k);
            return View.Step.STAY;
        }, Key.LEFT, Key.RIGHT, Key.HOME, Key.END, Key.BACKSPACE, Key.DELETE);
        t.stay("submit the answer", "submit", () -> {
            AnswerParser.Parsed parsed = AnswerParser.parse(shown, text.toString());
            if (parsed.ok()) answer.give(parsed.response());
            else answer.problem(parsed.problem());
        }, Key.ENTER);
    }

    private void edit(com.googlecode.lanterna.input.KeyStroke k) {
        if (Key.LEFT.matches(k)) caret = Math.max(0, caret - 1);
        else if (Key.RIGHT.matches(k)) caret = Math.min(text.length(), caret + 1);
        else if (Key.HOME.matches(k)) caret = 0;
        else if (Key.END.matches(k)) caret = text.length();
        else if (Key.BACKSPACE.matches(k) && caret > 0) text.deleteCharAt(--caret);
        else if (Key.DELETE.matches(k) && caret < text.length()) text.deleteCharAt(caret);
    }
}
