package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.Quote;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a reader of a quote-heavy report written for these tests sees, as print shows it. */
class BudgetTest {
    private static final String REPORT = String.join("\n\n",
            "Ferry crews vote to stop work over rosters",
            "Crews on the Lindholm ferry voted on Monday to stop work for two days next month, the first stoppage on the "
                    + "route since 2011. Of the 212 crew members who voted, 81 percent backed the stoppage.",
            "\u201CWe are tired of rosters that change every week without warning,\u201D said Ruth Sand, the crews' union "
                    + "representative. \u201CNobody can plan a life around that.\u201D",
            "\u201CWe have asked for fixed rosters four weeks ahead and nothing more,\u201D she said.",
            "\u201CThe company has had two years to fix this,\u201D Sand said.",
            "The ferry company's operations director, Jon Falk, said: \u201CWe will meet the union on Thursday and we "
                    + "want an agreement before the summer.\u201D He said the company had hired nine new deckhands since May.",
            "The ferry carries about 1,400 passengers a day, most of them commuters to the mainland. The crossing takes "
                    + "40 minutes, and the next ferry route is a two-hour drive away.",
            "Under the crews' agreement, the union must give the company 14 days' notice of a stoppage. The notice is "
                    + "expected on Friday.",
            "Island councillor Eva Brekke, who takes the ferry to work, said a stoppage would be \u201Ca real blow\u201D "
                    + "for the island's shops.",
            "The crews' last contract ran out in January. Since then the two sides have met eleven times, and a state "
                    + "mediator joined the talks in March without a result.",
            "The union says crew members worked an average of 46 hours a week last year, against 40 hours in the "
                    + "contract. The company puts the figure at 42 hours.",
            "The island's school has told parents that pupils who live on the mainland may study from home on the days "
                    + "of the stoppage. The health centre will keep one doctor on the island.",
            "The last stoppage on the route, in 2011, lasted three days and ended with a new pay deal.");

    private static Briefing drafted() throws Exception {
        Input input = Input.plainText(REPORT);
        return Drafter.draft(input, Measured.language(), "ferry", "../seeds/ferry.txt", null).briefing();
    }

    @Test
    void aQuotationsContextDoesNotSayItAgain() throws Exception {
        for (Quote q : drafted().quotes()) {
            Set<String> said = Words.set(q.text().toLowerCase(Locale.ROOT).split("[^\\p{L}']+"));
            String[] context = q.context().toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
            long again = java.util.Arrays.stream(context).filter(said::contains).count();
            assertTrue(again * 2 <= context.length, "the context of “" + q.text() + "” repeats it: " + q.context());
        }
    }

    @Test
    void whatPrintShowsStaysWithinThreeFifthsOfTheReport() throws Exception {
        Briefing b = drafted();
        int shown = Words.count(Measured.visibleText(b));
        int words = Words.count(String.join(" ", Input.plainText(REPORT).paragraphs()));
        assertTrue(shown * 5 <= words * 3, "shown " + shown + " of " + words + " words:\n" + Measured.visibleText(b));
    }

    @Test
    void aSpeakerQuotedFourTimesKeepsTwoAndEveryOtherSpeakerStays() throws Exception {
        List<String> speakers = drafted().quotes().stream().map(Quote::speaker).toList();
        assertEquals(2, speakers.stream().filter(s -> s.contains("sand")).count(), "Ruth Sand's quotations: " + speakers);
        assertTrue(speakers.stream().anyMatch(s -> s.contains("falk")) && speakers.stream().anyMatch(s -> s.contains("brekke")),
                "speakers kept: " + speakers);
    }
}
