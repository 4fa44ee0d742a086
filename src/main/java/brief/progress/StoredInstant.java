package brief.progress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads an instant as the store writes it, {@link Instant#toString()} in UTC ("2026-03-01T09:00:00.123456Z"),
 * without java.time's general parser, whose first use costs a quiz milliseconds before its first question.
 * Any other form goes to {@link Instant#parse}, which reads it or says why not.
 */
final class StoredInstant {
    private StoredInstant() {}

    static Instant parse(String text) {
        int n = text.length();
        if (n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(n - 1) == 'Z'
                && (n == 20 || text.charAt(19) == '.' && n > 21)) {
            int nanos = n == 20 ? 0 : digits(text, 20, n - 1) * TENS[9 - (n - 21)];
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (nanos >= 0 && year >= 0 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0) {
                try {
                    return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
                } catch (java.time.DateTimeException e) {
                    // Not a real date or time: the general parser says so in its own words.
                }
            }
        }
        return Instant.parse(text);
    }

    private static final int[] TENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000};

    /** The decimal number in {@code text[from, to)}, or -1 where a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
