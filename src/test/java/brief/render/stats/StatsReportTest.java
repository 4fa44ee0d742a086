package brief.render.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.progress.Stats;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Stats as a reader reads them, from stats made by hand: what the store computed is not in question here. */
class StatsReportTest {
    private static Stats stats(String id, String title, List<Stats.CardMastery> cards, List<Stats.Missed> missed) {
        return new Stats(id, title, List.of(), cards, missed, Optional.empty(), List.of(), OptionalDouble.empty(), 0.9,
                new int[14], Instant.parse("2026-03-01T09:00:00Z"));
    }

    private static final Stats FERRY = stats("ferry", "The new ferry",
            List.of(new Stats.CardMastery("ports", "The ports", 4, 2, 0.5), new Stats.CardMastery("cost", "The cost", 2, 0, 0)),
            List.of(new Stats.Missed("q-ports", "Which ports will the ferry serve?", 2, 3)));

    @Test
    void aBriefingNotQuizzedYetShowsMasteryByCardWhatWasMissedAndHowToStart() {
        assertEquals("""
                The new ferry (ferry)
                Sessions: 0   best —   last —   average —   mastery 33%
                Due now: 0   never answered: 0   retention: no reviews yet (desired 90%)
                Due in the next 14 days: 0 0 0 0 0 0 0 0 0 0 0 0 0 0  (today first)

                Mastery by card
                  [#####.....]  50%  The ports  (2 of 4 questions answered)
                  [..........]   0%  The cost  (0 of 2 questions answered)

                Most missed
                  2 of 3  Which ports will the ferry serve?

                No quiz taken yet: start one with 'brief quiz'.
                """, StatsReport.text(FERRY));
    }

    @Test
    void theOverviewGivesALinePerBriefingInOneColumnAndTheTotals() {
        Stats cup = stats("cup-final", "The cup final", List.of(), List.of());
        assertEquals("""
                ferry      [###.......]   33%  0 sessions  not studied yet  0 due
                cup-final  [..........]    0%  0 sessions  not studied yet  0 due
                Total: 2 briefings, 0 sessions, mastery 0%, 0 due
                """, StatsReport.overview(List.of(FERRY, cup)));
    }
}
