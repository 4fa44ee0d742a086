package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Derivation;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Quote;
import brief.model.Source;
import brief.model.SourceKind;
import brief.model.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The timeline in every format, and the page's pointer to where what it leaves out can be read. */
class PrintedTimelineTest {
    private static final Evidence E = new Evidence("a passage");

    /** A court story: a trial with {@code extra} more witnesses and figures than a page has room for. */
    private static Briefing trial(int extra) {
        List<Card> cards = List.of(
                new Card("verdict", "The verdict", "court", List.of(new Point("guilty",
                        "The jury found the harbour company guilty of polluting the bay.", PointKind.FACT, E))),
                new Card("appeal", "The appeal", "court", List.of(new Point("appeal",
                        "The company's lawyers say they will appeal within the month.", PointKind.CLAIM, E))));
        List<Figure> figures = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        figures.add(new Figure("fine", "€2.4 million", "the fine", E, null, null));
        people.add(new Person("judge", "Judge Irene Vos", "presided over the trial", E));
        for (int i = 0; i < extra; i++) {
            figures.add(new Figure("f" + i, i + 10 + " tonnes", "of sludge found at site " + i
                    + ", by the inspectors' count in the second survey of the bay", E, "2024", "the inspectors"));
            people.add(new Person("w" + i, "Witness " + i, "a fisher who testified about the state of the bay at site "
                    + i + " in the winter months", E));
        }
        List<TimelineEvent> timeline = List.of(
                new TimelineEvent("spill", "March 2023", "Sludge is first seen in the bay", E),
                new TimelineEvent("charge", "January 2024", "Prosecutors charge the company", E),
                new TimelineEvent("ruling", "Friday", "The jury returns its verdict", E));
        return new Briefing("trial", "A verdict on the bay", "A jury ruled on the pollution case.",
                new Source("trial.txt", "Jury rules on bay", "Coast Herald", SourceKind.NEWS, "2025-06", "Court reporting."),
                "The company was found guilty and fined; it will appeal.", cards, figures, people, List.of(),
                List.of(new Quote("q", "judge", "The bay is not a drain", "Reading the verdict")), timeline,
                List.of(), List.of(), List.of(new Point("watch", "Whether the appeal is heard this year.", PointKind.FACT, E)),
                List.of(), Derivation.NONE);
    }

    @Test
    void withRoomTheTextPagePrintsTheTimelineBeforeWhatToWatch() {
        String page = OnePage.render(trial(0), 80);
        assertTrue(page.contains("\nTIMELINE\n  March 2023 — Sludge is first seen in the bay\n"
                + "  January 2024 — Prosecutors charge the company\n  Friday — The jury returns its verdict\n\nWHAT TO WATCH\n"),
                page);
        assertFalse(page.contains("Not shown"), page);
    }

    @Test
    void onAFullPageTheTimelineGivesWayFirstAndTheLastLineSaysWhereToReadIt() {
        String page = OnePage.render(trial(12), 80);
        OnePageTest.assertFitsOnePage(page, 80);
        assertFalse(page.contains("TIMELINE"), page);
        String footer = page.substring(page.indexOf("Not shown for lack of room:")).replace("\n  ", " ");
        assertTrue(footer.contains(", 3 timeline events."), footer);
        assertTrue(footer.endsWith("Read them all in 'brief print --format html' or '--format markdown'.\n"), footer);
    }

    @Test
    void markdownAndHtmlHoldEveryItemTheTextPageLeavesOut() {
        Briefing b = trial(12);
        String markdown = Markdown.render(b);
        String html = Html.render(b);
        for (Figure f : b.figures()) {
            assertTrue(markdown.contains("**" + f.value() + "** — " + f.label()), f.value());
            assertTrue(html.contains("<strong>" + f.value() + "</strong> — " + Html.escape(f.label())), f.value());
        }
        for (Person p : b.people()) {
            assertTrue(markdown.contains("**" + p.name() + "** — " + p.role()), p.name());
            assertTrue(html.contains("<strong>" + p.name() + "</strong> — " + p.role()), p.name());
        }
        for (TimelineEvent t : b.timeline()) {
            assertTrue(markdown.contains("- **" + t.when() + "** — " + t.what() + "\n"), t.when());
            assertTrue(html.contains("<li><strong>" + t.when() + "</strong> — " + t.what() + "</li>"), t.when());
        }
    }

    @Test
    void theTimelineComesAfterTheContextAndBeforeWhatToWatchInEveryFormat() {
        String markdown = Markdown.render(trial(0));
        assertTrue(markdown.contains("## Timeline\n\n- **March 2023** — Sludge is first seen in the bay\n"
                + "- **January 2024** — Prosecutors charge the company\n- **Friday** — The jury returns its verdict\n\n"
                + "## What to watch\n"), markdown);
        String html = Html.render(trial(0));
        assertEquals(html.indexOf("<h2>Timeline</h2>") + "<h2>Timeline</h2>\n<ul>\n".length(),
                html.indexOf("<li><strong>March 2023</strong> — Sludge is first seen in the bay</li>"), html);
        assertTrue(html.indexOf("<h2>Timeline</h2>") < html.indexOf("<h2>What to watch</h2>"), html);
    }
}
