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
        List<Question> kept = new ArrayList<>();
        for (Question q : planned) {
            if (kept.stream().noneMatch(k -> Facts.sameFact(k, q))) kept.add(q);
        }
        List<Question> out = new ArrayList<>();
        List<Question> left = new ArrayList<>(kept);
        while (!left.isEmpty()) {
            Question next = left.stream().filter(q -> showsNoneOf(q, left)).findFirst().orElse(left.get(0));
            left.remove(next);
            left.removeIf(later -> shows(next, later));
            out.add(next);
        }
        return out;
    }

    private static boolean showsNoneOf(Question q, List<Question> others) {
        return others.stream().noneMatch(other -> other != q && shows(q, other));
    }

    /** Whether anything {@code q} shows, before or after it is answered, holds the answer of {@code later}. */
    static boolean shows(Question q, Question later) {
        List<String> texts = new ArrayList<>(Facts.before(q));
        texts.addAll(Facts.after(q));
        if (q.stem().hint() != null) texts.add(q.stem().hint());
        return Facts.shownAnswer(texts, later) != null;
    }
}
