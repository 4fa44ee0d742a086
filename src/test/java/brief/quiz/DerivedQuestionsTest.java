package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.model.Briefing;
import brief.model.Derivation;
import brief.model.Option;
import brief.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedQuestionsTest {
    private static Question derived(Briefing b, String id) {
        return DerivedQuestions.from(b).stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no derived question " + id));
    }

    private static List<String> texts(Question q) {
        return ((Question.Choice) q).options().stream().map(Option::text).toList();
    }

    /** The court story without its authored questions, which name the speakers. */
    static Briefing court() {
        Briefing b = Stories.court();
        return Stories.briefing("court", b.cards(), b.figures(), b.people(), b.quotes(), b.timeline(), List.of());
    }

    @Test
    void derivesFromFiguresQuotesPeopleAndTimeline() {
        List<Question> derived = DerivedQuestions.from(QuizFixtures.briefing(List.of(), Derivation.ALL));
        assertEquals(List.of("derived-figure-f1", "derived-figure-f2", "derived-figure-f3", "derived-quote-ships",
                "derived-people", "derived-timeline"), derived.stream().map(Question::id).toList());
        derived.forEach(q -> assertTrue(q.stem().derived(), q.id()));
    }

    @Test
    void isTheSameEveryTimeForTheSameFile() {
        assertEquals(DerivedQuestions.from(Stories.court()), DerivedQuestions.from(Stories.court()));
    }

    @Test
    void honoursTheAuthorsSwitches() {
        List<Question> derived = DerivedQuestions.from(QuizFixtures.briefing(List.of(), new Derivation(false, true, false, true)));
        assertEquals(List.of("derived-quote-ships", "derived-timeline"), derived.stream().map(Question::id).toList());
    }

    @Test
    void aWhichNumberQuestionOffersOnlyValuesOfTheSameKind() {
        assertEquals(List.of("$239 billion", "$299 billion", "$374 billion", "$467 billion"),
                texts(derived(QuizFixtures.briefing(List.of(), Derivation.ALL), "derived-figure-f1")));
        assertEquals(List.of("1996", "1998", "2000", "2002"), texts(derived(court(), "derived-figure-founded")));
        assertEquals(List.of("11 years", "17 years", "23 years", "29 years"),
                texts(derived(Stories.football(), "derived-figure-wait")));
    }

    @Test
    void madeUpValuesAreNeverANumberTheBriefingStates() {
        List<String> options = texts(derived(Stories.football(), "derived-figure-saves"));
        assertTrue(options.contains("3"), options.toString());
        assertFalse(options.contains("2"), "the article's two hours make 2 true somewhere: " + options);
    }

    @Test
    void aWhichNumberQuestionDoesNotPutTheRightValueAlwaysInOnePlace() {
        List<Integer> places = new java.util.ArrayList<>();
        for (Briefing b : Stories.all()) {
            for (Question q : DerivedQuestions.from(b)) {
                if (q instanceof Question.Choice c && q.id().startsWith("derived-figure-")) {
                    places.add(c.options().stream().map(Option::id).toList().indexOf(c.answer()));
                }
            }
        }
        assertTrue(places.stream().distinct().count() >= 3, "places of the right value: " + places);
    }

    @Test
    void whoSaidOffersOnlyPeopleWhoSpeak() {
        Question q = derived(court(), "derived-quote-q-ledger");
        assertEquals(List.of("Amara Osei", "Petra Lind", "Tomas Baros"), texts(q),
                "Dana Keel is named but never speaks");
        assertEquals("lind", ((Question.Choice) q).answer());
    }

    @Test
    void withFewerThanThreeSpeakersAQuoteBecomesAGapToFill() {
        Question q = derived(Stories.football(), "derived-quote-q-moss");
        Question.Cloze cloze = assertInstanceOf(Question.Cloze.class, q);
        assertEquals("Complete what Leo Moss said (On his saves): “I just ____ and the guesses were kind to me”",
                cloze.stem().prompt());
        assertEquals("guessed", cloze.answer());
    }

    @Test
    void aFactAnAuthoredQuestionAsksIsNotDerivedAgain() {
        List<String> ids = DerivedQuestions.from(Stories.court()).stream().map(Question::id).toList();
        assertFalse(ids.contains("derived-quote-q-ledger"), "the authored question on who speaks is answered Petra Lind: " + ids);
        assertFalse(ids.contains("derived-quote-q-april"), "… and Amara Osei: " + ids);
        assertTrue(ids.contains("derived-quote-q-auditors"), "Tomas Baros answers no authored question: " + ids);
    }

    @Test
    void aDerivedQuestionIsFiledUnderTheCardNearestItsPassage() {
        assertEquals("verdict", derived(court(), "derived-quote-q-april").card(),
                "the judge's words on the timetable belong with the verdict card");
        assertEquals("charges", derived(court(), "derived-figure-losses").card());
    }

    @Test
    void everyDerivedQuestionOfTheSeedBriefingIsBackedByTheArticle() throws Exception {
        LoadedBriefing seed = Library.load(List.of(), true).find("lee-beijing-visit");
        List<Question> derived = DerivedQuestions.from(seed.briefing());
        assertFalse(derived.isEmpty());
        for (Question q : derived) {
            assertTrue(seed.article().contains(q.stem().evidence().passage()), q.id());
            assertTrue(seed.briefing().card(q.card()).isPresent(), q.id());
        }
    }
}
