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

/** Small briefings of several kinds (a court case, a football match, a science report), built in code. */
public final class Stories {
    private Stories() {}

    static Evidence e(String passage) {
        return new Evidence(passage);
    }

    static Stem stem(String id, String card, String prompt, String evidence) {
        return new Stem(id, prompt, card, 1, "See the article.", e(evidence), null, false);
    }

    static Option o(String id, String text) {
        return new Option(id, text, null);
    }

    static Briefing briefing(String id, List<Card> cards, List<Figure> figures, List<Person> people, List<Quote> quotes,
                             List<TimelineEvent> timeline, List<Question> questions) {
        return new Briefing(id, "A story", "Lead.", new Source("a.txt", "T", "Outlet", SourceKind.NEWS, null, "Neutral."),
                "Bottom line.", cards, figures, people, List.of(), quotes, timeline, List.of(), List.of(), List.of(),
                questions, Derivation.ALL);
    }

    /** A fraud trial: three people speak, one is only named, money and years and counts. */
    public static Briefing court() {
        List<Card> cards = List.of(
                new Card("charges", "What the firm is accused of", "law", List.of(
                        new Point("c1", "The firm is accused of hiding losses.", PointKind.FACT,
                                e("prosecutors say the firm hid losses of $40 million from its investors")))),
                new Card("defence", "How the defence answers", "law", List.of(
                        new Point("d1", "The defence says the auditors signed off.", PointKind.CLAIM,
                                e("the defence argued that the auditors had approved every account")))),
                new Card("verdict", "When a verdict may come", "law", List.of(
                        new Point("v1", "The judge expects to rule in spring.", PointKind.FACT,
                                e("Judge Amara Osei said she would rule before the end of April")))));
        List<Figure> figures = List.of(
                new Figure("losses", "$40 million", "losses the firm is said to have hidden",
                        e("hid losses of $40 million"), null, "prosecutors"),
                new Figure("witnesses", "12", "witnesses the prosecution will call", e("will call 12 witnesses"), null, null),
                new Figure("founded", "1998", "year the firm was founded", e("founded in 1998"), null, null));
        List<Person> people = List.of(
                new Person("osei", "Amara Osei", "the judge", e("Judge Amara Osei")),
                new Person("lind", "Petra Lind", "the lead prosecutor", e("prosecutor Petra Lind")),
                new Person("baros", "Tomas Baros", "counsel for the defence", e("defence counsel Tomas Baros")),
                new Person("keel", "Dana Keel", "the firm's former chief executive", e("former chief executive Dana Keel")));
        List<Quote> quotes = List.of(
                new Quote("q-ledger", "lind", "the ledger tells a story the investors never heard", "Opening the case"),
                new Quote("q-auditors", "baros", "every number was checked twice by people paid to doubt it", "For the defence"),
                new Quote("q-april", "osei", "this court will not be rushed and will not be delayed", "On the timetable"));
        List<TimelineEvent> timeline = List.of(
                new TimelineEvent("t1", "1998", "The firm is founded", e("founded in 1998")),
                new TimelineEvent("t2", "2021", "The losses begin", e("losses began in 2021")),
                new TimelineEvent("t3", "March", "The trial opens", e("the trial opened in March")));
        List<Question> questions = List.of(
                new Question.Choice(stem("q-accused", "charges", "What do prosecutors say the firm hid from investors?",
                        "prosecutors say the firm hid losses"), List.of(o("a", "Losses"), o("b", "Debts"),
                        o("c", "Bribes"), o("d", "Lawsuits")), "a"),
                new Question.TrueFalse(stem("q-auditors-tf", "defence", "The defence blames the auditors for the losses.",
                        "the defence argued that the auditors had approved every account"), false),
                new Question.Multi(stem("q-roles", "charges", "Which of these people speak in court? Choose all that apply.",
                        "Judge Amara Osei said"), List.of(o("a", "Amara Osei"), o("b", "Petra Lind"), o("c", "Dana Keelworth"),
                        o("d", "Mira Sandström")), List.of("a", "b")));
        return briefing("court", cards, figures, people, quotes, timeline, questions);
    }

    /** A cup final: two speakers only, durations and counts. */
    public static Briefing football() {
        List<Card> cards = List.of(
                new Card("match", "The final", "sport", List.of(
                        new Point("m1", "Harbour won on penalties.", PointKind.FACT,
                                e("Harbour won the shoot-out after a goalless two hours")))),
                new Card("coach", "The coach's view", "sport", List.of(
                        new Point("k1", "The coach praised the keeper.", PointKind.CLAIM,
                                e("coach Ines Varga praised her goalkeeper")))));
        List<Figure> figures = List.of(
                new Figure("crowd", "41,000", "spectators at the final", e("a crowd of 41,000"), null, null),
                new Figure("wait", "23 years", "since Harbour last won the cup", e("their first cup in 23 years"), null, null),
                new Figure("saves", "3", "penalties the keeper saved", e("saved three penalties"), null, null));
        List<Person> people = List.of(
                new Person("varga", "Ines Varga", "Harbour's coach", e("coach Ines Varga")),
                new Person("moss", "Leo Moss", "Harbour's goalkeeper", e("goalkeeper Leo Moss")));
        List<Quote> quotes = List.of(
                new Quote("q-keeper", "varga", "he read every kick before the taker did", "After the shoot-out"),
                new Quote("q-moss", "moss", "I just guessed and the guesses were kind to me", "On his saves"));
        List<Question> questions = List.of(
                new Question.Choice(stem("q-how", "match", "How was the final decided?",
                        "Harbour won the shoot-out"), List.of(o("a", "By a late header"), o("b", "On penalties"),
                        o("c", "By an own goal"), o("d", "In extra time")), "b"),
                new Question.TrueFalse(stem("q-goals", "match", "Both sides scored in open play.",
                        "after a goalless two hours"), false),
                new Question.TrueFalse(stem("q-praise", "coach", "The coach praised her goalkeeper.",
                        "praised her goalkeeper"), true));
        return briefing("football", cards, figures, people, quotes, List.of(), questions);
    }

    /** A science report: percentages and money, an organization, an ordering. */
    public static Briefing science() {
        List<Card> cards = List.of(
                new Card("finding", "What the study found", "science", List.of(
                        new Point("f1", "Reefs recovered where fishing stopped.", PointKind.FACT,
                                e("coral cover rose by 18% in the closed zones")))),
                new Card("funding", "Who paid for it", "science", List.of(
                        new Point("g1", "A foundation funded the survey.", PointKind.FACT,
                                e("funded by a grant of $2.5 million")))));
        List<Figure> figures = List.of(
                new Figure("cover", "18%", "rise in coral cover in the closed zones", e("rose by 18%"), null, null),
                new Figure("grant", "$2.5 million", "grant for the survey", e("a grant of $2.5 million"), null, null),
                new Figure("sites", "64", "reef sites surveyed", e("surveyed 64 reef sites"), null, null));
        List<Person> people = List.of(new Person("rahim", "Noor Rahim", "the lead author", e("lead author Noor Rahim")));
        List<Question> questions = List.of(
                new Question.Choice(stem("q-where", "finding", "Where did the coral recover?",
                        "in the closed zones"), List.of(o("a", "In the closed zones"), o("b", "Near the harbour"),
                        o("c", "Off the northern cape"), o("d", "Along the shipping lane")), "a"),
                new Question.Order(stem("q-steps", "finding", "Put the study's steps in order.", "the survey began"),
                        List.of(new Item("close", "Fishing is stopped"), new Item("survey", "Divers survey the reefs"),
                                new Item("report", "The report is published"))),
                new Question.Match(stem("q-who", "funding", "Match each to its part.", "lead author Noor Rahim wrote"),
                        List.of(new Pair("author", "Noor Rahim", "Wrote the report"),
                                new Pair("funder", "The foundation", "Paid for the survey"))));
        return briefing("science", cards, figures, people, List.of(), List.of(), questions);
    }

    public static List<Briefing> all() {
        return List.of(court(), football(), science());
    }
}
