package brief.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.model.Briefing;
import brief.model.Evidence;
import brief.model.Option;
import brief.model.Question;
import brief.model.Stem;
import brief.quiz.QuizPlan;
import brief.render.Golden;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportTest {
    private static Briefing seed() throws Exception {
        return Library.load(List.of(), true).find("lee-beijing-visit").briefing();
    }

    private static List<Question> all(Briefing b) {
        return QuizPlan.allQuestions(b);
    }

    @Test
    void ankiMatchesTheReviewedFile() throws Exception {
        Golden.assertMatches("export.anki.txt", Anki.export(seed(), all(seed())));
    }

    @Test
    void giftMatchesTheReviewedFile() throws Exception {
        Golden.assertMatches("export.gift", Gift.export(seed(), all(seed())));
    }

    @Test
    void jsonMatchesTheReviewedFile() throws Exception {
        Golden.assertMatches("export.json", JsonExport.export(seed(), all(seed())));
    }

    /** Forty questions written, as authors tend to, with the right option first. */
    private static List<Question> rightFirst() {
        List<Question> out = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Stem stem = new Stem("q" + i, "Question " + i + "?", "summit", 1, "Because.", new Evidence("p" + i), null, false);
            out.add(new Question.Choice(stem, List.of(new Option("a", "right" + i, null), new Option("b", "wrong b", null),
                    new Option("c", "wrong c", null), new Option("d", "wrong d", null)), "a"));
        }
        return out;
    }

    @Test
    void ankiPutsTheRightOptionInEveryPlaceAboutEquallyOften() throws Exception {
        int[] places = new int[4];
        for (String row : Anki.export(seed(), rightFirst()).split("\n")) {
            if (row.startsWith("#")) continue;
            List<String> items = List.of(row.split("\t")[2].split("<li>"));
            for (int i = 1; i < items.size(); i++) {
                if (items.get(i).startsWith("right")) places[i - 1]++;
            }
        }
        for (int n : places) {
            assertTrue(n >= 5 && n <= 16, "the right option stands first, second, third, fourth: "
                    + java.util.Arrays.toString(places));
        }
    }

    @Test
    void ankiShufflesTheSameWayAtEveryExport() throws Exception {
        assertEquals(Anki.export(seed(), rightFirst()), Anki.export(seed(), rightFirst()));
    }

    @Test
    void ankiHeadersReadBackAsAnkiReadsThem() throws Exception {
        String file = Anki.export(seed(), all(seed()));
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> rows = new java.util.ArrayList<>();
        for (String line : file.split("\n")) {
            if (line.startsWith("#")) {
                String[] kv = line.substring(1).split(":", 2);
                headers.put(kv[0], kv[1]);
            } else {
                rows.add(line);
            }
        }
        assertEquals("tab", headers.get("separator"));
        assertEquals("true", headers.get("html"));
        assertEquals("1", headers.get("guid column"));
        assertEquals("2", headers.get("notetype column"));
        assertEquals("5", headers.get("tags column"));
        assertTrue(headers.get("deck").startsWith("brief::Lee Jae Myung in Beijing"), headers.get("deck"));
        assertEquals(all(seed()).size(), rows.size());
        for (String row : rows) {
            String[] cols = row.split("\t", -1);
            assertEquals(5, cols.length, "five columns in every row: " + row);
            assertTrue(cols[0].startsWith("lee-beijing-visit/"), "a guid from the stable ids: " + cols[0]);
            assertTrue(cols[1].equals("Basic") || cols[1].equals("Cloze"), cols[1]);
            if (cols[1].equals("Cloze")) assertTrue(cols[2].contains("{{c1::"), cols[2]);
        }
    }

    @Test
    void ankiFieldsNeverBreakARow() {
        assertEquals("a b<br>c &lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; &#39;", Anki.html("a\tb\nc <b>x</b> & \"q\" '"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "=", "#", "{", "}", ":", "\\"})
    void giftEscapesEachSpecialCharacter(String special) {
        Question q = new Question.Choice(new Stem("q-special", "Is " + special + " escaped?", "c", 1, "Yes " + special,
                new Evidence("e"), null, false), List.of(new Option("a", "Option " + special, null),
                new Option("b", "Other", "Why " + special)), "a");
        String gift = Gift.export(QuizFixture.briefing(), List.of(q));
        String body = gift.substring(gift.indexOf("::q-special::"));
        assertTrue(body.contains("Is \\" + special + " escaped?"), body);
        assertTrue(body.contains("=Option \\" + special), body);
        assertTrue(body.contains("#Why \\" + special), body);
    }

    @Test
    void giftLeavesOutOrderQuestionsWithAComment() throws Exception {
        String gift = Gift.export(seed(), all(seed()));
        assertTrue(gift.contains("// Question q-ord-events (order) is left out: GIFT has no ordering questions."), gift);
        assertTrue(!gift.contains("::q-ord-events::"));
    }

    @Test
    void giftWeightsOfAChooseAllQuestionMakeGuessingEverythingWorthNothing() throws Exception {
        String gift = Gift.export(seed(), all(seed()));
        String q = gift.substring(gift.indexOf("::q-xi-areas::"), gift.indexOf("}", gift.indexOf("::q-xi-areas::")));
        assertEquals(4, q.split("~%25%", -1).length - 1, q);
        assertEquals(2, q.split("~%-50%", -1).length - 1, q);
    }

    @Test
    void jsonCarriesEveryQuestionWithDerivedOnesMarked() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonExport.export(seed(), all(seed())));
        assertEquals("lee-beijing-visit", json.get("id").asText());
        assertEquals(8, json.get("cards").size());
        assertEquals(all(seed()).size(), json.get("questions").size());
        long derived = 0;
        for (JsonNode q : json.get("questions")) if (q.get("derived").asBoolean()) derived++;
        assertEquals(all(seed()).size() - seed().questions().size(), derived);
        assertEquals("opinion", json.get("source").get("kind").asText());
    }
}
