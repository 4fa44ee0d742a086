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
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) at.add(i);
        return arrange(planned, at, new QuestionPool.Worked(Exposure.of(planned)));
    }

    /** As {@link #arrange(List)}, for questions of {@code pool}, whose pairs it already knows. */
    static List<Question> arrange(List<Question> planned, QuestionPool pool) {
        List<Integer> at = new ArrayList<>();
        for (Question q : planned) {
            int i = pool.indexOf(q);
            if (i < 0) return arrange(planned);
            at.add(i);
        }
        return arrange(planned, at, new QuestionPool.Pairs() {
            public boolean sameFact(int a, int b) {
                return pool.sameFact(a, b);
            }

            public boolean shows(int a, int b) {
                return pool.shows(a, b);
            }
        });
    }

    /** {@code at} gives each planned question's position among {@code pairs}. */
    private static List<Question> arrange(List<Question> planned, List<Integer> at, QuestionPool.Pairs pairs) {
        // Plain loops over positions: this runs before the first question, mostly before the JIT has compiled it.
        int n = planned.size();
        int[] left = new int[n];
        int size = 0;
        for (int q = 0; q < n; q++) {
            boolean repeats = false;
            for (int k = 0; k < size && !repeats; k++) repeats = pairs.sameFact(at.get(left[k]), at.get(q));
            if (!repeats) left[size++] = q;
        }
        List<Question> out = new ArrayList<>();
        while (size > 0) {
            int chosen = 0;
            for (int c = 0; c < size; c++) {
                if (showsNone(left, size, c, at, pairs)) {
                    chosen = c;
                    break;
                }
            }
            int next = left[chosen];
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (i != chosen && !pairs.shows(at.get(next), at.get(left[i]))) left[kept++] = left[i];
            }
            size = kept;
            out.add(planned.get(next));
        }
        return out;
    }

    /** Whether the question at {@code left[c]} shows none of the other questions left. */
    private static boolean showsNone(int[] left, int size, int c, List<Integer> at, QuestionPool.Pairs pairs) {
        for (int i = 0; i < size; i++) {
            if (i != c && pairs.shows(at.get(left[c]), at.get(left[i]))) return false;
        }
        return true;
    }

    /** Whether anything {@code q} shows, before or after it is answered, holds the answer of {@code later}. */
    static boolean shows(Question q, Question later) {
        return Exposure.of(q).shows(Exposure.of(later));
    }
}
