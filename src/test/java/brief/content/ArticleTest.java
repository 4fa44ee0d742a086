package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArticleTest {
    @Test
    void anArticleWithWindowsLineEndsAndTabsIsAcceptedAndOneWithAControlCharacterIsRefusedWithItsPlace() throws Exception {
        assertTrue(Article.checked("First line.\r\nSecond\tline.\r\n").contains("Second line"));
        ContentException e = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> Article.checked("First line.\nThe \u001b]0;title\u0007 second.\n"));
        assertEquals("the article has the control character U+001B at line 2, column 5", e.problems().get(0).message());
        ContentException cr = org.junit.jupiter.api.Assertions.assertThrows(ContentException.class,
                () -> Article.checked("Overwritten\rby this"));
        assertEquals("the article has the control character U+000D at line 1, column 12", cr.problems().get(0).message());
    }
    private final Article article = new Article(
            "First line.\nMayor Ana Ríos said the line would “finally connect families” — twice the old   service.\nLast.\n");

    @ParameterizedTest
    @ValueSource(strings = {
            "would \"finally connect families\"",          // straight quotes for typographic ones
            "would “finally connect families”",            // exactly as written
            "families\" - twice",                          // a hyphen for the em dash
            "families” – twice",                           // an en dash for the em dash
            "twice the old service",                       // one space for several
            "TWICE THE\n OLD service",                     // case and a line break
            "  Mayor Ana Ríos said  "})                    // surrounding space
    void findsPassagesThatDifferOnlyInSpaceQuotesDashesAndCase(String passage) {
        assertTrue(article.contains(passage), "should be found: " + passage);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mayor Ana Rios said",                          // a diacritic dropped
            "would finally connect families",               // quote marks dropped
            "twice the old service!",                       // punctuation added
            "twice the new service",                        // a word changed
            "Last. First line."})                           // reordered
    void doesNotFindAnythingLooser(String passage) {
        assertFalse(article.contains(passage), "should not be found: " + passage);
    }

    @Test
    void givesTheSpanInTheOriginalTextAndItsParagraph() {
        Article.Span span = article.find("twice the old service").orElseThrow();
        assertEquals("twice the old   service", article.text().substring(span.start(), span.end()));
        Article.Paragraph p = article.paragraphAround(span);
        assertTrue(p.text().startsWith("Mayor Ana Ríos"), p.text());
        assertEquals("twice the old   service", p.text().substring(p.passage().start(), p.passage().end()));
    }

    @Test
    void findsNothingForAnEmptyPassage() {
        assertFalse(article.contains("   "));
    }
}
