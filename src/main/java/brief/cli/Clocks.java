package brief.cli;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/** The clock every command reads: the system's, or one set by {@code BRIEF_NOW} for tests and simulations. */
final class Clocks {
    static final String VARIABLE = "BRIEF_NOW";

    private Clocks() {}

    /**
     * The system's clock in the default time zone, looked up only when asked for: finding the zone's rules reads
     * the time-zone database, which a quiz, reading only instants, never needs.
     */
    static Clock system() {
        return new DefaultZone();
    }

    private static final class DefaultZone extends Clock {
        private ZoneId zone;

        @Override
        public synchronized ZoneId getZone() {
            if (zone == null) zone = ZoneId.systemDefault();
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.system(other);
        }

        @Override
        public long millis() {
            return System.currentTimeMillis();
        }

        @Override
        public Instant instant() {
            return Instant.now();
        }
    }

    /**
     * The system clock, or, with {@code BRIEF_NOW} set to an ISO-8601 instant, a clock that starts there and runs
     * on at the usual pace (so answers within one run still come one after another).
     */
    static Clock of(Map<String, String> env, Clock system) {
        String now = env.get(VARIABLE);
        if (now == null || now.isBlank()) return system;
        try {
            return Clock.offset(system, Duration.between(system.instant(), Instant.parse(now.strip())));
        } catch (DateTimeException e) {
            throw new UserException(VARIABLE + " is not an instant: '" + now + "'",
                    "write it as ISO-8601 in UTC, e.g. " + VARIABLE + "=2026-03-01T09:00:00Z");
        }
    }
}
