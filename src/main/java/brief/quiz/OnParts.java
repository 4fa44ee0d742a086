package brief.quiz;

import brief.model.Question;

/**
 * A visitor for what a question's parts (options, items, pairs) show or score: true/false, cloze and numeric
 * questions have no parts, so they all give {@code none}; every type with parts must still say what it gives.
 */
abstract class OnParts<R> implements Question.Visitor<R> {
    private final R none;

    OnParts(R none) {
        this.none = none;
    }

    public final R trueFalse(Question.TrueFalse q) {
        return none;
    }

    public final R cloze(Question.Cloze q) {
        return none;
    }

    public final R numeric(Question.Numeric q) {
        return none;
    }
}
