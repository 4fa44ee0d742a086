package brief.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** One screen of the full-screen UI: draws itself, and answers keys through the key table of its state. */
interface View {
    /** The screen's title, shown in the top line. */
    String title();

    void draw(Canvas c);

    /** The keys of the screen as it is now: they answer the keys and make the help and the footer. */
    KeyTable keys();

    /** What to do after a key, or null when the screen has no use for it. */
    default Step key(KeyStroke key) {
        return keys().handle(key);
    }

    /** Called once when the program leaves, for every view still open. */
    default void leave() {}

    /** Called when the view is shown again after the one above it closed. */
    default void resumed() {}

    /** What the loop does next. */
    sealed interface Step {
        Step STAY = new Stay();
        Step BACK = new Back();
        Step EXIT = new Exit();

        record Stay() implements Step {}

        record Back() implements Step {}

        record Exit() implements Step {}

        record Open(View view) implements Step {}

        /** Closes this view and opens another in its place. */
        record Replace(View view) implements Step {}
    }
}
