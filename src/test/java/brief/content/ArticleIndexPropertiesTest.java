package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The article's index finds each passage exactly where a scan of the whole article would, first occurrence first. */
class ArticleIndexPropertiesTest {
    /** Few letters, so that pieces repeat and share hash buckets, as the words of a real article do. */
    @Property(tries = 2000)
    void findsWhatAScanFindsForAPieceOfTheArticle(
            @ForAll @CharRange(from = 'a', to = 'c') @CharRange(from = ' ', to = ' ') @StringLength(max = 400) String text,
            @ForAll @IntRange(max = 400) int from, @ForAll @IntRange(max = 40) int length) {
        Article.Index index = new Article.Index(text);
        String folded = index.folded();
        int start = Math.min(from, folded.length());
        String piece = folded.substring(start, Math.min(folded.length(), start + length));
        assertEquals(folded.indexOf(piece), index.indexOf(piece), "'" + piece + "' in '" + folded + "'");
    }

    @Property(tries = 2000)
    void findsWhatAScanFindsForAnyPassage(
            @ForAll @CharRange(from = 'a', to = 'b') @CharRange(from = ' ', to = ' ') @StringLength(max = 300) String text,
            @ForAll @CharRange(from = 'a', to = 'b') @StringLength(min = 1, max = 24) String passage) {
        Article.Index index = new Article.Index(text);
        assertEquals(index.folded().indexOf(passage), index.indexOf(passage), "'" + passage + "' in '" + index.folded() + "'");
    }
}
