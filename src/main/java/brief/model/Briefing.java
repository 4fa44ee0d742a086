package brief.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A briefing on one article: everything the cards, the printed page and the quiz are made from.
 *
 * @param lead     one or two sentences saying what the story is
 * @param bluf     the bottom line up front: what to know if nothing else is read
 * @param outcomes what the event produced
 * @param context  background a reader needs to place the story
 * @param watch    what to watch next
 */
public record Briefing(
        String id,
        String title,
        String lead,
        Source source,
        String bluf,
        List<Card> cards,
        List<Figure> figures,
        List<Person> people,
        List<Organization> organizations,
        List<Quote> quotes,
        List<TimelineEvent> timeline,
        List<Point> outcomes,
        List<Point> context,
        List<Point> watch,
        List<Question> questions,
        Derivation derive) {

    public static final int VERSION = 1;

    public Briefing {
        Checks.id(id);
        Checks.text(title, "title");
        Checks.text(lead, "lead");
        Objects.requireNonNull(source, "source");
        Checks.text(bluf, "bluf");
        cards = Checks.list(cards, "cards");
        figures = Checks.list(figures, "figures");
        people = Checks.list(people, "people");
        organizations = Checks.list(organizations, "organizations");
        quotes = Checks.list(quotes, "quotes");
        timeline = Checks.list(timeline, "timeline");
        outcomes = Checks.list(outcomes, "outcomes");
        context = Checks.list(context, "context");
        watch = Checks.list(watch, "watch");
        questions = Checks.list(questions, "questions");
        Objects.requireNonNull(derive, "derive");
    }

    public Optional<Card> card(String cardId) {
        return cards.stream().filter(c -> c.id().equals(cardId)).findFirst();
    }

    public Optional<Person> person(String personId) {
        return people.stream().filter(p -> p.id().equals(personId)).findFirst();
    }

    /** The topic of a card, or "" for an unknown card. */
    public String topicOf(String cardId) {
        return card(cardId).map(Card::topic).orElse("");
    }
}
