package brief.ui.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/** One screen of the full-screen UI: draws itself, answers keys, and lists its keys for the help overlay. */
interface View {
    /** The screen's title, shown in the top line. */
    String title();

    void draw(Canvas c);

    /** What to do after a key. */
    Step key(KeyStroke key);

    /** Lines of "key  what it does" for the help overlay. */
    List<String> keys();

    /** The few keys shown in the bottom line. */
    String hints();

    /** True while the reader is typing text, when keys such as ? and q are letters. */
    default boolean typing() {
        return false;
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
