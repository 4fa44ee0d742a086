package brief.ui.tui;

import brief.model.Question;
import brief.quiz.Presented;
import brief.quiz.Response;

/**
 * What the reader answers a question with, one kind per question type. Each keeps its own cursor, picks or
 * text, lays itself out under the prompt, and names its keys; a finished answer goes to {@link Answer}.
 */
sealed interface AnswerInput permits ChoiceInput, MultiInput, TrueFalseInput, TextInput, OrderInput, MatchInput {
    /** Where an input sends a finished answer, or why it cannot be one yet. */
    interface Answer {
        void give(Response response);

        void problem(String message);
    }

    /** One line on how to answer, shown above the input, or null. */
    String how();

    /** Lays the input out on the page from column {@code col}; the row the reader is at becomes the focus. */
    void draw(Page page, int col);

    /** Adds the input's keys; they come before the quiz's own, so an option's letter is never a command. */
    void keys(KeyTable t, Answer answer);

    static AnswerInput of(Presented p) {
        return p.question().accept(new Question.Visitor<AnswerInput>() {
            public AnswerInput choice(Question.Choice q) {
                return new ChoiceInput(p.options());
            }

            public AnswerInput multi(Question.Multi q) {
                return new MultiInput(p.options(), q.stem().prompt());
            }

            public AnswerInput trueFalse(Question.TrueFalse q) {
                return new TrueFalseInput();
            }

            public AnswerInput cloze(Question.Cloze q) {
                return new TextInput(p, null);
            }

            public AnswerInput numeric(Question.Numeric q) {
                return new TextInput(p, q.unit());
            }

            public AnswerInput order(Question.Order q) {
                return new OrderInput(p.items());
            }

            public AnswerInput match(Question.Match q) {
                return new MatchInput(p.lefts(), p.rights());
            }
        });
    }

    /** ↑/↓ (and j/k where they are not answers) move {@code cursor} among {@code count} lines. */
    static void cursorKeys(KeyTable t, String does, String footer, int count, java.util.function.IntSupplier at,
                           java.util.function.IntConsumer to) {
        t.add("↑/↓, j/k", does, footer, k -> {
            boolean up = Key.UP.matches(k) || Key.is(k, 'k');
            to.accept(Math.max(0, Math.min(count - 1, at.getAsInt() + (up ? -1 : 1))));
            return View.Step.STAY;
        }, Key.UP, Key.DOWN, Key.chr('k'), Key.chr('j'));
    }
}
