package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Web pages written for these tests: what of them is the article's text. */
class WebPageTest {
    private static List<String> body(String article) {
        return WebPage.read("<html><head><title>Ferry</title></head><body><article><h1>Ferry timetable cut</h1>"
                + article + "</article></body></html>").paragraphs();
    }

    private static final String STORY = "<p>The island ferry will run four times a day from May, down from six.</p>";

    @Test
    void theSectionLabelAboveTheHeadlineIsPageFurnitureAndTheBylineInsideItsBlockIsTheWriters() {
        Input page = WebPage.read("<html><body><article><p class='label'><a href='/news/city'>City Hall</a></p>"
                + "<h1>Ferry timetable cut</h1><p>Fewer crossings from May</p><div class='byline-block'><span class='byline'>"
                + "By <a href='/a/ns'>Nell Sorensen</a>, City Hall Reporter</span><time>Thursday, March 12, 2026, 6:45 a.m."
                + "</time></div>" + STORY + "</article></body></html>");
        assertEquals(List.of("By Nell Sorensen, City Hall Reporter", "Fewer crossings from May",
                "The island ferry will run four times a day from May, down from six."), page.paragraphs());
    }

    @Test
    void aSignUpBoxInsideTheArticleGoesWithItsHeadingAndBlurb() {
        assertEquals(List.of("The island ferry will run four times a day from May, down from six."),
                body(STORY + "<div class='box'><h3>The Harbour Brief</h3><p>Island news every Friday morning.</p>"
                        + "<form><input type='email'><button>Join</button></form></div>"));
    }

    @Test
    void aPromotionOrAnEditorsNoteIsNoPartOfTheText() {
        assertEquals(List.of("The island ferry will run four times a day from May, down from six."),
                body(STORY + "<p class='editors-note'>Timetables for every route are kept on the operator's pages.</p>"
                        + "<div class='promo-box'><p>Try a month of island news for a pound.</p></div>"));
    }

    @Test
    void aShortCallToActionIsDropped() {
        assertEquals(List.of("The island ferry will run four times a day from May, down from six."),
                body(STORY + "<p>Get the week's island stories in your inbox.</p>"));
    }

    @Test
    void aLongBlockWhoseClassSaysSubscriberIsTheStoryItself() {
        String words = "The ferry company said fuel costs had risen by a third and that the smaller boat would be sold. ";
        String text = (words + words + words + words).strip();
        assertEquals(List.of(text), body("<div class='subscriber-content'><p>" + text + "</p></div>"));
    }

    @Test
    void aBylineOutsideTheParagraphsOpensTheText() {
        assertEquals(List.of("By Oskar Lind, Transport Reporter", "The island ferry will run four times a day from May, down from six."),
                body("<div class='story-byline'>By Oskar Lind, Transport Reporter</div>" + STORY));
    }
}
