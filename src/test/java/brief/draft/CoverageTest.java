package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.content.Coverage;
import brief.content.Validation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What 'brief validate --coverage' tells an author: how much of each paragraph is cited, and what nothing cites. */
class CoverageTest {
    @TempDir
    Path dir;

    @Test
    void showsEachParagraphsCitedShareAndThoseNothingCites() throws Exception {
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("briefings"));
        Files.writeString(dir.resolve("seeds/bakery.txt"), "Bakery opens\n\nThe bakery opened on Main Street.\n\n"
                + "It sells rye bread. It also sells cakes.\n\nParking is free on Sundays.\n");
        Files.writeString(dir.resolve("briefings/bakery.yaml"), String.join("\n",
                "version: 1", "id: bakery", "title: Bakery opens", "lead: A bakery opened.",
                "source: {path: ../seeds/bakery.txt, title: Bakery opens, outlet: Town Sheet, kind: news, perspective: The owner's.}",
                "bluf: A bakery opened on Main Street.",
                "cards:",
                "- id: opening",
                "  title: The opening",
                "  topic: town",
                "  points:",
                "  - {id: opened, text: It opened., kind: fact, evidence: The bakery opened on Main Street.}",
                "  - {id: rye, text: It sells rye., kind: fact, evidence: It sells rye bread.}", ""));
        Validation.Checked checked = Validation.check(List.of(dir.resolve("briefings/bakery.yaml"))).get(0);
        assertEquals(List.of(), checked.problems());
        List<Coverage.Paragraph> paragraphs = Coverage.of(checked.briefing().briefing(), checked.briefing().article());
        assertEquals(List.of(1, 2, 3, 4), paragraphs.stream().map(Coverage.Paragraph::number).toList());
        assertEquals(List.of(0L, 100L, 48L, 0L), paragraphs.stream().map(p -> Math.round(100 * p.cited())).toList());
        String report = Coverage.report("briefings/bakery.yaml", paragraphs);
        assertEquals(String.join("\n",
                "briefings/bakery.yaml: what the briefing cites of its article, paragraph by paragraph",
                "  ¶1      0%  Bakery opens   (nothing cites it)",
                "  ¶2    100%  The bakery opened on Main Street.",
                "  ¶3     48%  It sells rye bread. It also sells cakes.",
                "  ¶4      0%  Parking is free on Sundays.   (nothing cites it)",
                "  2 of 4 paragraphs cited; nothing cites ¶1, ¶4", ""), report);
    }
}
