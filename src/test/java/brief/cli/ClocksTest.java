package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClocksTest {
    private final Clock system = Clock.fixed(Instant.parse("2026-12-01T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void briefNowSetsTheClockOfTheCommand() {
        Clock c = Clocks.of(Map.of("BRIEF_NOW", "2027-01-15T09:30:00Z"), system);
        assertEquals(Instant.parse("2027-01-15T09:30:00Z"), c.instant());
    }

    @Test
    void withoutItTheSystemClockIsUsed() {
        assertSame(system, Clocks.of(Map.of(), system));
    }

    @Test
    void theSystemClockTellsTheTimeInTheDefaultZone() {
        Instant before = Instant.now();
        Clock c = Clocks.system();
        Instant now = c.instant();
        assertEquals(ZoneId.systemDefault(), c.getZone());
        assertEquals(true, !now.isBefore(before) && !now.isAfter(Instant.now()), "the clock reads " + now);
    }

    @Test
    void aValueThatIsNotAnInstantIsOneClearLine() {
        UserException e = assertThrows(UserException.class, () -> Clocks.of(Map.of("BRIEF_NOW", "tomorrow"), system));
        assertEquals("BRIEF_NOW is not an instant: 'tomorrow'", e.getMessage());
    }
}
