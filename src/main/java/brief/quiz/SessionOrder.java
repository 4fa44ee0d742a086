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
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            int q = i;
            if (kept.stream().noneMatch(k -> pairs.sameFact(at.get(k), at.get(q)))) kept.add(q);
        }
        List<Integer> left = new ArrayList<>(kept);
        List<Question> out = new ArrayList<>();
        while (!left.isEmpty()) {
            int next = left.stream().filter(q -> left.stream().noneMatch(other -> !other.equals(q)
                    && pairs.shows(at.get(q), at.get(other)))).findFirst().orElse(left.get(0));
            left.remove(Integer.valueOf(next));
            left.removeIf(later -> pairs.shows(at.get(next), at.get(later)));
            out.add(planned.get(next));
        }
        return out;
    }

    /** Whether anything {@code q} shows, before or after it is answered, holds the answer of {@code later}. */
    static boolean shows(Question q, Question later) {
        return Exposure.of(q).shows(Exposure.of(later));
    }
}
