package brief.progress;

import java.util.List;
import java.util.stream.IntStream;

/** A session's plan of {@code n} questions, for tests that care how many, not which. */
public final class Plans {
    private Plans() {}

    public static List<String> of(int n) {
        return IntStream.range(0, n).mapToObj(i -> "q" + i).toList();
    }
}
