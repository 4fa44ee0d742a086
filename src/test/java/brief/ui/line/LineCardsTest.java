package brief.ui.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineCardsTest {
    @TempDir
    Path dir;

    @Test
    void offATerminalEveryCardIsPrintedWithItsPointsKindsAndEvidence() throws Exception {
        LoadedBriefing b = LakeBriefing.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProgressStore store = ProgressStore.open(dir); LineIO io = LineIO.streams(InputStream.nullInputStream(), out)) {
            new LineCards(io, store).printAll(b);
        }
        assertEquals(String.join("\n",
                "Lake Varen is warming",
                "2 cards, each point marked fact, claim or opinion, with its evidence in the article.",
                "",
                "── 1. The survey  (science)",
                "  [F] fact: The water of Lake Varen has warmed by 1.4 degrees over twenty years, faster than any other "
                        + "lake the researchers surveyed in the region.",
                "      Evidence: …the Northfield Institute said on Thursday that »the water of Lake Varen has warmed by "
                        + "1.4 degrees over the past twenty years«, faster than any lake they have surveyed…",
                "  [F] fact: The team measured temperatures at forty stations every summer since 2005.",
                "      Evidence: …led by the limnologist Dr Marta Olsen, »measured temperatures at forty stations every "
                        + "summer since 2005«. \"The lake is losing its winter ice…",
                "",
                "── 2. The arctic char  (fish)",
                "  [F] fact: Spawning grounds of the arctic char fell from 31 to 12 between 2005 and 2024.",
                "      Evidence: …spawning grounds of the arctic char, which »fell from 31 to 12 between 2005 and 2024«. "
                        + "The regional water board, which funds the…",
                "  [C] claim: The anglers say overfishing in the 1990s, not warming alone, explains the decline.",
                "      Evidence: …of the report. Their association argued that »the char had been overfished in the 1990s« "
                        + "and that the warming alone did not…",
                "",
                "Take the quiz with: brief quiz",
                ""), out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void onATerminalTheCardsArePagedOneAtATime() throws Exception {
        LoadedBriefing b = LakeBriefing.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProgressStore store = ProgressStore.open(dir);
             LineIO io = LineIO.streams(new ByteArrayInputStream("q\n".getBytes(StandardCharsets.UTF_8)), out, 80)) {
            new LineCards(io, store).run(b);
        }
        String screen = out.toString(StandardCharsets.UTF_8);
        assertTrue(screen.contains("── 1. The survey") && screen.endsWith("[1/2] > q\n"), screen);
        assertTrue(!screen.contains("The arctic char"), "the second card waits for the reader:\n" + screen);
    }
}
