package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.model.Evidence;
import brief.model.Option;
import brief.model.Question;
import brief.model.Stem;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionOrderTest {
    private static Stem stem(String id, String prompt, String explain, String evidence) {
        return new Stem(id, prompt, "trade", 1, explain, new Evidence(evidence), null, false);
    }

    private static final Question.Numeric HOW_MANY = new Question.Numeric(stem("q-count",
            "How many ferries will run?", "Four ferries.", "four ferries will run"), 4, 0, "ferries");
    private static final Question.TrueFalse TELLS = new Question.TrueFalse(stem("q-tells", "The route opens in May.",
            "True: in May, with 4 ferries.", "opens in May"), true);
    private static final Question.Cloze SAME_PASSAGE = new Question.Cloze(stem("q-same", "Four ____ will run.",
            "Ferries.", "four ferries will run"), "ferries", List.of());

    private static List<String> ids(List<Question> qs) {
        return qs.stream().map(Question::id).toList();
    }

    @Test
    void aQuestionWhoseFeedbackShowsAnotherAnswerComesAfterIt() {
        assertEquals(List.of("q-count", "q-tells"), ids(SessionOrder.arrange(List.of(TELLS, HOW_MANY))));
    }

    @Test
    void ofTwoQuestionsOnOneFactTheSessionAsksOne() {
        assertEquals(List.of("q-same"), ids(SessionOrder.arrange(List.of(SAME_PASSAGE, HOW_MANY))));
    }

    @Test
    void questionsThatGiveNothingAwayKeepTheirOrder() {
        Question.Choice port = new Question.Choice(stem("q-port", "Which port is the hub?", "Kell.", "Kell is the hub"),
                List.of(new Option("a", "Kell", null), new Option("b", "Orford", null)), "a");
        assertEquals(List.of("q-tells", "q-port"), ids(SessionOrder.arrange(List.of(TELLS, port))));
        assertEquals(List.of("q-port", "q-tells"), ids(SessionOrder.arrange(List.of(port, TELLS))));
    }

    @Test
    void twoQuestionsThatShowEachOthersAnswerAreNeverBothAsked() {
        Question.Numeric crew = new Question.Numeric(stem("q-crew", "How many crew does each of the 4 ferries carry?",
                "Nine crew.", "a crew of nine"), 9, 0, "crew");
        Question.Numeric ferries = new Question.Numeric(stem("q-ferries", "How many ferries, each with 9 crew, will run?",
                "Four ferries.", "four ferries"), 4, 0, "ferries");
        assertEquals(1, SessionOrder.arrange(List.of(crew, ferries)).size());
    }

    @Test
    void aWholeQuizOfTheShippedBriefingGivesNoAnswerAwayWhateverTheSeed() throws Exception {
        brief.model.Briefing b = brief.content.Library.load(List.of(), true).find("lee-beijing-visit").briefing();
        for (long seed = 1; seed <= 20; seed++) {
            List<Question> asked = new QuizPlan(null, null, null, null, seed).questions(b).stream()
                    .map(Presented::question).toList();
            for (int i = 0; i < asked.size(); i++) {
                for (int j = i + 1; j < asked.size(); j++) {
                    Question earlier = asked.get(i);
                    Question later = asked.get(j);
                    org.junit.jupiter.api.Assertions.assertFalse(SessionOrder.shows(earlier, later),
                            "seed " + seed + ": " + earlier.id() + " shows the answer of " + later.id());
                    org.junit.jupiter.api.Assertions.assertFalse(Facts.sameFact(earlier, later),
                            "seed " + seed + ": " + earlier.id() + " and " + later.id() + " test one fact");
                }
            }
        }
    }
}
