package brief.progress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants as the store keeps them, in the form {@link Instant#toString()} gives ("2026-03-01T09:00:00.123456Z"),
 * written and read without java.time's formatters, whose first use costs a quiz milliseconds before its first
 * question. A year outside 0000 to 9999 is left to {@code toString()}, and any form but that one to
 * {@link Instant#parse}, which reads it or says why not.
 */
final class StoredInstant {
    /** The first second of the year 0000, and of 10000, in UTC. */
    private static final long YEAR_0 = -62_167_219_200L;
    private static final long YEAR_10000 = 253_402_300_800L;

    private StoredInstant() {}

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < YEAR_0 || seconds >= YEAR_10000) return instant.toString();
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, instant.getNano(), ZoneOffset.UTC);
        StringBuilder s = new StringBuilder(30);
        two(two(two(two(two(s.append(four(t.getYear())).append('-'), t.getMonthValue()).append('-'), t.getDayOfMonth())
                .append('T'), t.getHour()).append(':'), t.getMinute()).append(':'), t.getSecond());
        int nanos = t.getNano();
        if (nanos > 0) {
            // As toString: as many groups of three digits as the fraction needs.
            int digits = nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
            String all = Integer.toString(nanos + 1_000_000_000).substring(1);
            s.append('.').append(all, 0, digits);
        }
        return s.append('Z').toString();
    }

    private static String four(int year) {
        return Integer.toString(year + 10_000).substring(1);
    }

    private static StringBuilder two(StringBuilder s, int value) {
        return s.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

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
