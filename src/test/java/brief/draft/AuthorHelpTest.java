package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.content.Problem;
import brief.content.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 'brief validate' tells an author finishing a briefing by hand: plain words, and where to look. */
class AuthorHelpTest {
    private static final String ARTICLE = "Ferry line approved\n\nThe service will start in May 2027 and make six "
            + "crossings a day, the council said.\n\nTickets will cost $9.\n";

    @TempDir
    Path dir;

    private List<String> problems(String yaml) throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("briefings"));
        Files.writeString(dir.resolve("seeds/ferry.txt"), ARTICLE);
        Path file = dir.resolve("briefings/ferry.yaml");
        Files.writeString(file, yaml);
        return Validation.check(List.of(file)).get(0).problems().stream()
                .map(p -> p.line() + ":" + p.column() + ": " + p.message()).toList();
    }

    private static String briefing(String evidence) {
        return String.join("\n", "version: 1", "id: ferry", "title: Ferry line", "lead: A ferry line.",
                "source: {path: ../seeds/ferry.txt, title: Ferry line approved, outlet: Gazette, kind: news, perspective: The council's.}",
                "bluf: A ferry line from 2027.", "cards:", "- id: service", "  title: The service", "  topic: transport",
                "  points:", "  - id: start", "    text: It starts in 2027.", "    kind: fact",
                "    evidence: " + evidence, "");
    }

    @Test
    void evidenceNotInTheArticleGetsTheNearestPassage() throws Exception {
        assertEquals(List.of("15:15: the evidence of point start is not in the article: \"will start in May 2027 and make 6 crossings a day\"; "
                + "nearest: \"will start in May 2027 and make six crossings a day\""),
                problems(briefing("will start in May 2027 and make 6 crossings a day")));
    }

    private List<String> hints(String yaml) throws Exception {
        problems(yaml);
        return Validation.check(List.of(dir.resolve("briefings/ferry.yaml"))).get(0).problems().stream()
                .map(Problem::hint).toList();
    }

    @Test
    void anUnclosedQuoteIsToldAtTheLineWhereItOpened() throws Exception {
        String yaml = briefing("will start in May 2027").replace("title: Ferry line\n", "title: \"Ferry line\n");
        assertEquals(List.of("3:8: a quoted value opens here and is not closed on its line"), problems(yaml));
        assertEquals(List.of("add the closing \" at the end of the value"), hints(yaml));
    }

    @Test
    void aColonInAnUnquotedValueSaysToQuoteIt() throws Exception {
        String yaml = briefing("will start in May 2027").replace("title: Ferry line\n", "title: Ferry: a new line\n");
        assertEquals(List.of("3:8: the value of 'title' holds a colon followed by a space, which YAML reads as a new key"),
                problems(yaml));
        assertEquals(List.of("put the value in quotes: title: \"Ferry: a new line\""), hints(yaml));
    }

    @Test
    void aTabUsedToIndentIsNamed() throws Exception {
        String yaml = briefing("will start in May 2027").replace("    kind: fact", "\tkind: fact");
        assertEquals(List.of("14:1: a tab is used to indent: YAML indents with spaces"), problems(yaml));
    }
}
