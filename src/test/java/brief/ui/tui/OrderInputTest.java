package brief.ui.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import brief.model.Item;
import brief.quiz.Response;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Enter on an order nobody has touched asks first: it may be a slip, and it would be scored as shown. */
class OrderInputTest {
    private final List<Response> given = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final OrderInput input = new OrderInput(List.of(new Item("b", "Second"), new Item("a", "First")));

    private void press(KeyStroke k) {
        KeyTable t = new KeyTable();
        input.keys(t, new AnswerInput.Answer() {
            public void give(Response response) {
                given.add(response);
            }

            public void problem(String message) {
                problems.add(message);
            }
        });
        t.handle(k);
    }

    @Test
    void enterOnAnUntouchedOrderAsksBeforeScoringIt() {
        press(new KeyStroke(KeyType.Enter));
        assertEquals(List.of(), given);
        assertEquals(List.of("Nothing has been moved yet: Enter again scores the order as shown; Space picks an item up."),
                problems);
        press(new KeyStroke(KeyType.Enter));
        assertEquals(List.of(new Response.Sequence(List.of("b", "a"))), given);
    }

    @Test
    void enterAfterMovingAnItemScoresAtOnce() {
        press(new KeyStroke(' ', false, false));
        press(new KeyStroke(KeyType.ArrowDown));
        press(new KeyStroke(KeyType.Enter));
        assertEquals(List.of(new Response.Sequence(List.of("a", "b"))), given);
        assertNull(problems.isEmpty() ? null : problems.get(0));
    }
}
