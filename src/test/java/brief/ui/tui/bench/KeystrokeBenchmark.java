package brief.ui.tui.bench;

import brief.ui.tui.Bench;

/**
 * Handling one keystroke and redrawing the whole frame of a 200×60 virtual terminal, during a quiz.
 * Run: {@code src/test/bench/run brief.ui.tui.bench.KeystrokeBenchmark}
 */
public final class KeystrokeBenchmark {
    public static void main(String[] args) throws Exception {
        System.out.println(Bench.keystrokes(200, 60, 500, 3000));
    }
}
