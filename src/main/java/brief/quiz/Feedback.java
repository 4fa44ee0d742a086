package brief.quiz;

import java.util.List;

/**
 * What a reader is told after answering.
 *
 * @param rightAnswer the right answer in words
 * @param whys        the author's feedback on the wrong options picked
 * @param answered    the record to store before this feedback is shown
 */
public record Feedback(Verdict verdict, double points, int possible, boolean hintUsed, boolean typoForgiven,
                       String rightAnswer, String explain, String evidence, List<String> whys, Answered answered) {
    public Feedback {
        whys = List.copyOf(whys);
    }
}
