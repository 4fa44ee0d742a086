package brief.cli;

import brief.render.OnePage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Whole-number options with a range: a number out of range is a usage error, told as a value that is not a
 * number is, so that both exit with the same code.
 */
final class Ranges {
    private Ranges() {}

    private static int within(String value, int min, int max) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < min || n > max) {
            throw new TypeConversionException(max == Integer.MAX_VALUE ? n + " is less than " + min
                    : n + " is not between " + min + " and " + max);
        }
        return n;
    }

    /** A count: 1 or more. */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return within(value, 1, Integer.MAX_VALUE);
        }
    }

    /** Columns of the printed page. */
    static final class PageWidth implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return within(value, OnePage.MIN_WIDTH, OnePage.MAX_WIDTH);
        }
    }
}
