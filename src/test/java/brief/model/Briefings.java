package brief.model;

import java.util.List;

/** Small briefings for tests that need only cards and questions: no figures, people, quotes or timeline. */
public final class Briefings {
    private Briefings() {}

    /** A briefing of {@code cards} and {@code questions} from a news article, with nothing derived. */
    public static Briefing of(String id, String title, List<Card> cards, List<Question> questions) {
        return new Briefing(id, title, "Lead.", new Source("a.txt", "T", "O", SourceKind.NEWS, null, "P"), "Bluf.",
                cards, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), questions,
                Derivation.NONE);
    }

    /** A card of one fact. */
    public static Card card(String id, String title, String topic) {
        return new Card(id, title, topic, List.of(new Point("p", "P.", PointKind.FACT, new Evidence("e"))));
    }
}
