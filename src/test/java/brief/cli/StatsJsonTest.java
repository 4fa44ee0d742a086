package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code brief stats --json} is a JSON document a program can read, and it says what the quizzes recorded. */
class StatsJsonTest {
    @TempDir
    Path dir;

    @Test
    void statsAsJsonParseAndCountTheSessionAndItsAnswers() throws Exception {
        String data = dir.resolve("data").toString();
        Run quiz = Run.piped("s\ns\n", "--data-dir", data, "quiz", "--plain", "--count", "2", "--seed", "5");
        assertEquals(0, quiz.exitCode(), quiz.err());

        Run stats = Run.of("stats", "--json", "--data-dir", data);
        assertEquals(0, stats.exitCode(), stats.err());
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertEquals("lee-beijing-visit", json.get("briefing").asText());
        assertEquals(1, json.get("sessions").asInt(), stats.out());
        assertEquals(1, json.get("history").size(), stats.out());
        assertEquals(2, json.get("history").get(0).get("answered").asInt(), stats.out());
        assertEquals(8, json.get("cards").size(), "one entry per card of the briefing: " + stats.out());
        for (JsonNode card : json.get("cards")) {
            double mastery = card.get("mastery").asDouble();
            assertTrue(mastery >= 0 && mastery <= 1, card.toString());
        }
    }

    @Test
    void statsBeforeAnyQuizAreValidJsonWithNoSessions() throws Exception {
        Run stats = Run.of("stats", "--json", "--data-dir", dir.resolve("empty").toString());
        assertEquals(0, stats.exitCode(), stats.err());
        JsonNode json = new ObjectMapper().readTree(stats.out());
        assertEquals(0, json.get("sessions").asInt());
        assertEquals(0, json.get("history").size());
    }
}
