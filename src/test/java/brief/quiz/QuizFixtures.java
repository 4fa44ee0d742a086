package brief.quiz;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Derivation;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.Quote;
import brief.model.Source;
import brief.model.SourceKind;
import brief.model.Stem;
import brief.model.TimelineEvent;
import java.util.List;

/** A small briefing with one question of each type, built in code. */
final class QuizFixtures {
    private QuizFixtures() {}

    static final Evidence E = new Evidence("a passage");

    /** Each question its own passage: questions sharing one would test the same fact, and a quiz asks only one. */
    static Stem stem(String id, String card, int difficulty, String prompt) {
        return new Stem(id, prompt, card, difficulty, "Because.", new Evidence("the passage for " + id), null, false);
    }

    static final Question.Choice CHOICE = new Question.Choice(stem("q-choice", "trade", 1, "Which?"),
            List.of(new Option("a", "Customs", null), new Option("b", "Ministry", "It announced the MOUs."),
                    new Option("c", "APEC", null)), "a");
    static final Question.Multi MULTI = new Question.Multi(stem("q-multi", "trade", 2, "Which ones?"),
            List.of(new Option("a", "AI", null), new Option("b", "Biomedicine", null), new Option("c", "Steel", "Not listed."),
                    new Option("d", "Green industries", null)), List.of("a", "b", "d"));
    static final Question.TrueFalse TRUE_FALSE = new Question.TrueFalse(stem("q-tf", "summit", 1, "It was the first visit."), true);
    static final Question.Cloze CLOZE = new Question.Cloze(stem("q-cloze", "summit", 1, "A new ____ point."), "starting",
            List.of("start"));
    static final Question.Cloze SHORT_CLOZE = new Question.Cloze(stem("q-short", "summit", 1, "The ____ economy."), "silver",
            List.of());
    static final Question.Cloze FOUR = new Question.Cloze(stem("q-four", "summit", 1, "The ____ fish."), "cake", List.of());
    static final Question.Numeric NUMERIC = new Question.Numeric(stem("q-num", "trade", 2, "How much?"), 299, 5,
            "billion US dollars");
    static final Question.Numeric EXACT = new Question.Numeric(stem("q-exact", "trade", 1, "How many?"), 15, 0, "documents");
    static final Question.Order ORDER = new Question.Order(stem("q-order", "summit", 2, "Order them."),
            List.of(new Item("one", "First"), new Item("two", "Second"), new Item("three", "Third"), new Item("four", "Fourth")));
    static final Question.Match MATCH = new Question.Match(stem("q-match", "trade", 3, "Match them."),
            List.of(new Pair("x", "Shinsegae", "Retail"), new Pair("y", "Alibaba", "E-commerce"),
                    new Pair("z", "Samjinfood", "Fish cakes"), new Pair("w", "Farmstaff", "Agritech")));

    static Briefing briefing(List<Question> questions, Derivation derive) {
        Evidence trade = new Evidence("trade reached about $299 billion");
        Evidence visit = new Evidence("Lee Jae Myung's maiden visit to Beijing");
        List<Card> cards = List.of(
                new Card("summit", "The summit", "diplomacy", List.of(new Point("p1", "They met.", PointKind.FACT, visit))),
                new Card("trade", "Trade", "economy", List.of(new Point("p2", "Trade grew.", PointKind.FACT, trade))));
        List<Figure> figures = List.of(new Figure("f1", "$299 billion", "trade", trade, "2025", "Customs"),
                new Figure("f2", "15", "documents", new Evidence("15 cooperation documents"), null, null),
                new Figure("f3", "11 years", "since the last visit", new Evidence("first time in 11 years"), null, null));
        List<Person> people = List.of(new Person("lee", "Lee Jae Myung", "President of South Korea", visit),
                new Person("xi", "Xi Jinping", "President of China", new Evidence("Xi Jinping held talks")));
        List<Quote> quotes = List.of(new Quote("ships", "lee", "ships that sail on the same sea", "At the forum"));
        List<TimelineEvent> timeline = List.of(new TimelineEvent("t1", "2017", "Last forum", new Evidence("since 2017")),
                new TimelineEvent("t2", "November", "Gyeongju", new Evidence("in November")),
                new TimelineEvent("t3", "Monday", "Forum", new Evidence("on Monday")));
        return new Briefing("fixture", "Fixture", "Lead.", new Source("a.txt", "T", "Outlet", SourceKind.NEWS, null, "Neutral."),
                "Bottom line.", cards, figures, people, List.of(), quotes, timeline, List.of(), List.of(), List.of(),
                questions, derive);
    }

    static Briefing allTypes() {
        return briefing(List.of(CHOICE, MULTI, TRUE_FALSE, CLOZE, NUMERIC, ORDER, MATCH), Derivation.NONE);
    }
}
