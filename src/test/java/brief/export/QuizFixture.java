package brief.export;

import brief.model.Briefing;
import brief.model.Briefings;
import brief.model.Card;
import java.util.List;

/** The smallest briefing an export can be made of. */
final class QuizFixture {
    private QuizFixture() {}

    static Briefing briefing() {
        return Briefings.of("fixture", "Fixture", List.of(Briefings.card("c", "Card", "t")), List.of());
    }
}
