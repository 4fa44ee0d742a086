package brief.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredInstantTest {
    @Test
    void writesEveryInstantAsToStringDoesAndReadsItBack() {
        Random random = new Random(20261202);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(Instant.parse("0000-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
            // Whole seconds, milliseconds, microseconds and nanoseconds: the four forms toString() writes.
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(instant.toString(), StoredInstant.format(instant));
            assertEquals(instant, StoredInstant.parse(StoredInstant.format(instant)), instant.toString());
        }
    }

    @Test
    void leavesAYearOfMoreThanFourDigitsToToString() {
        for (Instant instant : new Instant[] {Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z")}) {
            assertEquals(instant.toString(), StoredInstant.format(instant));
            assertEquals(instant, StoredInstant.parse(StoredInstant.format(instant)));
        }
    }

    @Test
    void readsWhatTheGeneralParserReadsAndRefusesWhatItRefuses() {
        for (String text : new String[] {"2026-03-01T09:00:00.5Z", "2026-03-01T09:00:00.12Z", "2024-02-29T23:59:59Z",
                "2026-03-01T10:00:00+01:00", "+10000-01-01T00:00:00Z", "2026-03-01T09:00:00.Z"}) {
            assertEquals(Instant.parse(text), StoredInstant.parse(text), text);
        }
        for (String text : new String[] {"2026-02-30T09:00:00Z", "2026-03-01T09:00:60Z", "2026-03-01T09:00:0xZ",
                "2026-13-01T09:00:00Z", "yesterday"}) {
            assertThrows(DateTimeException.class, () -> StoredInstant.parse(text), text);
        }
    }
}
