package brief.export;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Derivation;
import brief.model.Evidence;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Source;
import brief.model.SourceKind;
import java.util.List;

/** The smallest briefing an export can be made of. */
final class QuizFixture {
    private QuizFixture() {}

    static Briefing briefing() {
        return new Briefing("fixture", "Fixture", "Lead.", new Source("a.txt", "T", "O", SourceKind.NEWS, null, "P"), "Bluf.",
                List.of(new Card("c", "Card", "t", List.of(new Point("p", "P.", PointKind.FACT, new Evidence("e"))))),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Derivation.NONE);
    }
}
