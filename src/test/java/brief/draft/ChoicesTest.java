package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Option;
import brief.model.Question;
import brief.quiz.Amounts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChoicesTest {
    private static List<Option> options(List<String> texts) {
        List<Option> out = new ArrayList<>();
        for (String t : texts) out.add(new Option(String.valueOf((char) ('a' + out.size())), t, null));
        return out;
    }

    private static List<Option> withKey(String key, List<String> wrong) {
        List<String> all = new ArrayList<>(List.of(key));
        all.addAll(wrong);
        return options(all);
    }

    @Test
    void wrongNumbersScaledByQuartersStandOut() {
        assertTrue(Choices.stands(options(List.of("33 berths", "44 berths", "55 berths", "66 berths"))), "44 times 0.75, 1.25, 1.5");
        assertTrue(Choices.stands(options(List.of("€317,400", "€423,200", "€530,000", "€635,800"))), "only €530,000 is round");
    }

    @Test
    void wrongNumbersAStepApartLeaveNoOptionStandingOut() {
        for (String key : List.of("48 hours", "about 2,900", "$9.6 million", "94 percent", "roughly £210,000")) {
            for (int below = 0; below < 4; below++) {
                List<String> wrong = Choices.stepped(key, Amounts.of(key), List.of(), below, key.contains("percent"));
                assertTrue(wrong != null && wrong.size() == 3, key + ", " + below + " lower: " + wrong);
                assertFalse(Choices.stands(withKey(key, wrong)), key + " among " + wrong);
            }
        }
    }

    @Test
    void aSmallNumberHasWrongOnesAStepApartInSomePlacesAtLeast() {
        int places = 0;
        for (int below = 0; below < 4; below++) {
            List<String> wrong = Choices.stepped("12-hour", Amounts.of("12-hour"), List.of(), below, false);
            if (wrong != null && !Choices.stands(withKey("12-hour", wrong))) places++;
        }
        assertTrue(places >= 2, "places for 12 among numbers a step apart: " + places);
    }

    @Test
    void wrongNumbersAreWrittenAsTheRightOneIsAndNoLonger() {
        List<String> wrong = Choices.stepped("about 2,900", Amounts.of("about 2,900"), List.of(), 1, false);
        for (String w : wrong) {
            assertTrue(w.matches("about \\d,\\d00"), "written as “about 2,900” is: " + w);
        }
        List<String> millions = Choices.stepped("812 million kroner", Amounts.of("812 million kroner"), List.of(), 0, false);
        for (String w : millions) assertTrue(w.matches("\\d{3} million kroner"), "no more digits than 812: " + w);
    }

    @Test
    void theRightNumberTakesTheLowestToTheHighestPlaceInTurn() {
        List<Integer> places = new ArrayList<>();
        for (int below = 0; below < 4; below++) {
            List<String> wrong = Choices.stepped("48 hours", Amounts.of("48 hours"), List.of(), below, false);
            places.add((int) wrong.stream().filter(w -> Amounts.of(w).value() < 48).count());
        }
        assertEquals(List.of(0, 1, 2, 3), places, "how many wrong options are lower than the right one");
    }

    @Test
    void theArticlesOwnFiguresOfTheSameKindAreTheWrongOptionsFirst() {
        List<Figure> asked = new ArrayList<>();
        List<Figures.Found> found = new ArrayList<>();
        String[][] figures = {{"61 percent", "backed the plan"}, {"48 percent", "turnout"}, {"73 percent", "in the north"},
                {"39 percent", "in the south"}};
        for (String[] f : figures) {
            asked.add(new Figure(f[1].replace(' ', '-'), f[0], f[1], new Evidence(f[0] + " " + f[1]), null, null));
            found.add(new Figures.Found(Figures.Kind.PERCENT, f[0], Amounts.of(f[0]).value(), "percent", f[1], f[0] + " " + f[1], 0, null));
        }
        List<Question> out = new ArrayList<>();
        Choices.figureChoice(asked, found, passage -> "vote", new Ids(), out);
        Question.Choice first = (Question.Choice) out.get(0);
        assertEquals(List.of("39 percent", "48 percent", "61 percent", "73 percent"), first.options().stream().map(Option::text).toList());
    }
}
