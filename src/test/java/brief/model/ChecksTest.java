package brief.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChecksTest {
    /** What an id may be, as the schema and the README say it. */
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_.][a-z0-9]+)*");

    @Test
    void anIdIsASlugExactlyWhenThePatternSaysSo() {
        Random random = new Random(20261202);
        String alphabet = "ab09-_.A é/";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int n = random.nextInt(8); n > 0; n--) id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertEquals(SLUG.matcher(id).matches(), Checks.isSlug(id.toString()), "'" + id + "'");
        }
    }

    @Test
    void slugsAndNotSlugs() {
        for (String id : new String[] {"a", "trade-volume", "q1", "fig_2.b", "2026"}) assertTrue(Checks.isSlug(id), id);
        for (String id : new String[] {"", "-a", "a-", "a--b", "a-.b", "Trade", "a b", "ä"}) assertFalse(Checks.isSlug(id), id);
        assertFalse(Checks.isSlug(null));
        assertThrows(IllegalArgumentException.class, () -> Checks.id("Not a slug"));
    }
}
