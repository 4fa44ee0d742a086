package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;

class TextAnswersPropertiesTest {
    @Property
    void normalizingTwiceChangesNothing(@ForAll String text) {
        String once = TextAnswers.normalize(text);
        assertEquals(once, TextAnswers.normalize(once));
    }

    @Property
    void caseAndSurroundingSpaceAndPunctuationDoNotMatter(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String word) {
        assertEquals(TextAnswers.compare(word, word), TextAnswers.compare("  " + word.toUpperCase(Locale.ROOT) + "!? ", word));
    }

    @Property
    void anyAnswerMatchesItselfExactly(@ForAll @AlphaChars @StringLength(min = 1, max = 30) String word) {
        assertEquals(TextAnswers.Match.EXACT, TextAnswers.compare(word, word));
    }

    @Property
    void oneDroppedLetterIsForgivenOnlyInLongAnswers(@ForAll @AlphaChars @StringLength(min = 2, max = 20) String word) {
        String typo = word.substring(1);
        TextAnswers.Match m = TextAnswers.compare(typo, word);
        if (TextAnswers.normalize(typo).equals(TextAnswers.normalize(word))) return;
        assertEquals(word.length() >= TextAnswers.TYPO_MIN_LETTERS ? TextAnswers.Match.ONE_TYPO : TextAnswers.Match.NO, m);
    }
}
