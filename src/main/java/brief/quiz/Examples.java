package brief.quiz;

import java.util.ArrayList;
import java.util.List;

/** Sample answers that fit the question shown: as many letters or pairs as it has, none beyond them. */
public final class Examples {
    private Examples() {}

    /** Several of {@code options} letters for a "choose all": "a c", or "a b" when there are only two. */
    public static String picks(int options) {
        return options >= 3 ? "a c" : "a b";
    }

    /** All {@code items} letters in an order, last first: "c b a" for three. */
    public static String order(int items) {
        List<String> letters = new ArrayList<>();
        for (int i = items - 1; i >= 0; i--) letters.add(Presented.letter(i));
        return String.join(" ", letters);
    }

    /** Each of {@code pairs} numbers with a letter, each letter once: "1b 2a" for two, "1b 2c 3a" for three. */
    public static String pairs(int pairs) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < pairs; i++) out.add((i + 1) + Presented.letter((i + 1) % pairs));
        return String.join(" ", out);
    }
}
