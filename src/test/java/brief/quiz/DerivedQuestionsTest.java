package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.model.Derivation;
import brief.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

class DerivedQuestionsTest {
    @Test
    void derivesFromFiguresQuotesPeopleAndTimeline() {
        List<Question> derived = DerivedQuestions.from(QuizFixtures.briefing(List.of(), Derivation.ALL));
        assertEquals(List.of("derived-figure-f1", "derived-figure-f2", "derived-figure-f3", "derived-quote-ships",
                "derived-people", "derived-timeline"), derived.stream().map(Question::id).toList());
        derived.forEach(q -> assertTrue(q.stem().derived(), q.id()));
    }

    @Test
    void isTheSameEveryTimeForTheSameFile() {
        assertEquals(DerivedQuestions.from(QuizFixtures.briefing(List.of(), Derivation.ALL)),
                DerivedQuestions.from(QuizFixtures.briefing(List.of(), Derivation.ALL)));
    }

    @Test
    void honoursTheAuthorsSwitches() {
        List<Question> derived = DerivedQuestions.from(QuizFixtures.briefing(List.of(), new Derivation(false, true, false, true)));
        assertEquals(List.of("derived-quote-ships", "derived-timeline"), derived.stream().map(Question::id).toList());
    }

    @Test
    void aFigureQuestionOffersOtherFiguresAsWrongOptions() {
        Question.Choice q = (Question.Choice) DerivedQuestions.from(QuizFixtures.briefing(List.of(), Derivation.ALL)).get(0);
        assertEquals("Which number fits: “trade (2025)”?", q.stem().prompt());
        assertEquals(List.of("$299 billion", "15", "11 years"), q.options().stream().map(o -> o.text()).toList());
        assertEquals("f1", q.answer());
    }

    @Test
    void everyDerivedQuestionOfTheSeedBriefingIsBackedByTheArticle() throws Exception {
        LoadedBriefing seed = Library.load(List.of(), true).find("lee-beijing-visit");
        List<Question> derived = DerivedQuestions.from(seed.briefing());
        assertTrue(derived.size() >= 10, "figures, quotes, people and the timeline: " + derived.size());
        for (Question q : derived) {
            assertTrue(seed.article().contains(q.stem().evidence().passage()), q.id());
            assertTrue(seed.briefing().card(q.card()).isPresent(), q.id());
        }
    }
}
