package brief.quiz;

import brief.model.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * The step a quiz's questions pass through so that the session gives no answer away: of the questions that
 * test one fact only the first is kept, and a question comes only after every question whose answer its
 * prompt, options, explanation or feedback would show.
 */
public final class SessionOrder {
    private SessionOrder() {}

    /** The questions in the given order as far as the rules allow; one that would give away another drops it. */
    public static List<Question> arrange(List<Question> planned) {
        List<Exposure> kept = new ArrayList<>();
        for (Exposure q : Exposure.of(planned)) {
            if (kept.stream().noneMatch(k -> k.sameFact(q))) kept.add(q);
        }
        Shows shows = new Shows(kept.size());
        List<Integer> left = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) left.add(i);
        List<Question> out = new ArrayList<>();
        while (!left.isEmpty()) {
            int next = left.stream().filter(q -> left.stream().noneMatch(other -> other != q.intValue()
                    && shows.test(kept, q, other))).findFirst().orElse(left.get(0));
            left.remove(Integer.valueOf(next));
            left.removeIf(later -> shows.test(kept, next, later));
            out.add(kept.get(next).question());
        }
        return out;
    }

    /** Whether anything {@code q} shows, before or after it is answered, holds the answer of {@code later}. */
    static boolean shows(Question q, Question later) {
        return Exposure.of(q).shows(Exposure.of(later));
    }

    /** Whether one question shows another's answer, worked out at most once for each pair. */
    private static final class Shows {
        private final byte[][] known;

        Shows(int n) {
            known = new byte[n][n];
        }

        boolean test(List<Exposure> questions, int q, int later) {
            if (known[q][later] == 0) known[q][later] = (byte) (questions.get(q).shows(questions.get(later)) ? 1 : 2);
            return known[q][later] == 1;
        }
    }
}
