package brief.quiz;

import java.util.List;

/**
 * What a reader is told after answering.
 *
 * @param rightAnswer the right answer in words
 * @param whys        the author's feedback on the wrong options picked
 * @param answered    the record to store before this feedback is shown
 * @param cardTitle   the title of the card the question tests: shown only now, since it may name the answer
 * @param marks       each of the reader's picks, positions or pairs marked right or wrong (multi, order, match)
 */
public record Feedback(Verdict verdict, double points, int possible, boolean hintUsed, boolean typoForgiven,
                       String rightAnswer, String explain, String evidence, List<String> whys, Answered answered,
                       String cardTitle, List<Mark> marks) {
    public Feedback {
        whys = List.copyOf(whys);
        marks = List.copyOf(marks);
    }
}
