package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain text and Markdown articles written for these tests, read for their headline, outlet and date. */
class InputTest {
    private static List<String> source(Input input) {
        return Arrays.asList(input.headline(), input.outlet(), input.published());
    }

    @Test
    void aLabelIsLeftOutButASpeakerBeforeAQuotationIsNoLabel() {
        assertEquals(List.of("Council votes to close the pool", "\"There are other places to find this money.\"",
                        "Aldana said: \"There are other places to find this money.\"",
                        "She added: \"We will keep asking.\""),
                List.of(Input.unlabelled("Headline: Council votes to close the pool"),
                        Input.unlabelled("Quote: \"There are other places to find this money.\""),
                        Input.unlabelled("Aldana said: \"There are other places to find this money.\""),
                        Input.unlabelled("She added: \"We will keep asking.\"")));
    }

    @Test
    void aBylineOnTheLineUnderTheHeadlineIsNoPartOfIt() {
        Input in = Input.plainText("The harbour must keep its cranes\nBy Edda Vinge\n\nThe port wants to sell its two cranes. "
                + "That would be a mistake.\n");
        assertEquals("The harbour must keep its cranes", in.headline());
        assertEquals(List.of("By Edda Vinge", "The port wants to sell its two cranes. That would be a mistake."), in.paragraphs());
    }

    @Test
    void aLineOfAnOutletAndADateUnderTheHeadlineGivesBoth() {
        assertEquals(Arrays.asList("Harbour crane returns to service", "Lowfield Gazette", "2026-03-04"),
                source(Input.plainText("Harbour crane returns to service\n\nLowfield Gazette, March 4, 2026\n\n"
                        + "The big crane at the east quay lifted its first container in a month on Tuesday.")));
    }

    @Test
    void theDateMayComeFirstAndABarMaySetThemApart() {
        assertEquals(Arrays.asList("Harbour crane returns to service", "The Lowfield Gazette", "2026-03-04"),
                source(Input.plainText("Harbour crane returns to service\n\n4 March 2026 | The Lowfield Gazette\n\n"
                        + "The big crane at the east quay lifted its first container in a month on Tuesday.")));
    }

    @Test
    void aWeekdayOrAPlaceBesideTheDateIsNoOutlet() {
        assertEquals(Arrays.asList(null, null), source(Input.plainText("Harbour crane returns to service\n\n"
                + "Wednesday, March 4, 2026\n\nLowfield, March 4, 2026\n\nThe big crane lifted its first container.")).subList(1, 3));
    }

    @Test
    void aBylineWithADateIsNoOutlet() {
        assertEquals(Arrays.asList(null, null), source(Input.markdown("# Harbour crane returns to service\n\n"
                + "*By Tilde Marsh, Port Reporter · 4 March 2026*\n\nThe big crane lifted its first container.")).subList(1, 3));
    }

    @Test
    void aMarkdownArticlesSourceLineCountsToo() {
        assertEquals(Arrays.asList("Lowfield Gazette", "2026-03-04"), source(Input.markdown("# Harbour crane returns\n\n"
                + "Lowfield Gazette — 4 March 2026\n\nThe big crane lifted its first container.")).subList(1, 3));
    }
}
