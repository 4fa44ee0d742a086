package brief.quiz;

import java.util.List;

/**
 * How right an answer is.
 *
 * @param credit       0 to 1
 * @param typoForgiven a typed answer was accepted with one typo
 * @param whys         the feedback the author wrote for the options the reader picked wrongly
 */
public record Grade(double credit, boolean typoForgiven, List<String> whys) {
    public Grade {
        if (!(credit >= 0 && credit <= 1)) throw new IllegalArgumentException("credit must be within 0..1: " + credit);
        whys = List.copyOf(whys);
    }

    static Grade of(double credit) {
        return new Grade(credit, false, List.of());
    }
}
