package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "Maren Holt, who has coached the under-12 side.",
        "The club's treasurer, Ivo Brandt, said.",
        "Brandt said.",
        "Three weeks after the pitch was reseeded, most of the juniors.",
        "Sign up for our weekly digest in your inbox.",
        "By Tomas Lind, Sports Desk · 4 March 2027.",
        "Updated 5 March 2027 · Sports desk.",
        "The council has agreed to the.",
        "and the pitch was closed.",
        "\"Nobody wants a pitch like that."})
    void aStatementThatIsNotAWholeSentenceIsAFragment(String statement) {
        assertTrue(Forms.fragment(statement), "not a whole sentence: " + statement);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Maren Holt, who has coached the under-12 side, said the pitch was unsafe.",
        "The pitch will reopen in May, the club's treasurer said.",
        "Three weeks after the pitch was reseeded, most of the juniors returned.",
        "The club wants a second pitch.",
        "They want a second pitch.",
        "Brandt says the grant covers half the cost.",
        "The grant covered half the cost.",
        "The juniors trained indoors all winter."})
    void aWholeSentenceIsNoFragment(String statement) {
        assertFalse(Forms.fragment(statement), "a whole sentence: " + statement);
    }
}
