package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.content.Library;
import brief.content.Validation;
import brief.model.Briefing;
import brief.model.Point;
import brief.model.Quote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped article drafted, and compared with the briefing written for it by hand. */
class SeedArticleTest {
    @TempDir
    Path dir;

    @Test
    void theDraftHasMuchOfWhatTheHandWrittenBriefingHas() throws Exception {
        Briefing hand = Library.load(List.of(), true).find("lee-beijing-visit").briefing();
        String text = Files.readString(Path.of("seeds/lee-beijing-visit.txt"));
        Input input = Input.plainText(text);
        Draft d = Drafter.draft(input, Measured.language(), "lee-draft", "../seeds/lee-draft.txt", null,
                brief.cli.DraftRules.RULES);
        Files.createDirectories(dir.resolve("briefings"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(dir.resolve("seeds/lee-draft.txt"), input.plain());
        Files.writeString(dir.resolve("briefings/lee-draft.yaml"), YamlOut.write(d, "lee-draft.txt"));
        assertEquals(List.of(), Validation.check(List.of(dir.resolve("briefings/lee-draft.yaml"))).get(0).problems());
        Briefing draft = d.briefing();

        List<String> drafted = new ArrayList<>();
        draft.cards().forEach(c -> c.points().forEach(p -> drafted.add(p.evidence().passage())));
        draft.figures().forEach(f -> drafted.add(f.evidence().passage()));
        draft.timeline().forEach(t -> drafted.add(t.evidence().passage()));
        draft.quotes().forEach(q -> drafted.add(q.text()));
        int facts = 0;
        int shared = 0;
        List<String> missed = new ArrayList<>();
        for (var c : hand.cards()) {
            for (Point p : c.points()) {
                facts++;
                if (drafted.stream().anyMatch(e -> overlap(e, p.evidence().passage()) >= 0.6)) shared++;
                else missed.add(p.id());
            }
        }
        int quotes = 0;
        for (Quote q : hand.quotes()) {
            String speaker = hand.person(q.speaker()).orElseThrow().name();
            boolean found = draft.quotes().stream().anyMatch(x -> x.text().equals(q.text())
                    && draft.person(x.speaker()).map(p -> p.name().equals(speaker)).orElse(false));
            if (found) quotes++;
        }
        String summary = String.format(Locale.ROOT, "seed: %d of %d hand-written points in the draft (%.0f%%); %d of %d "
                + "hand-written quotes with the right speaker; missed: %s", shared, facts, 100.0 * shared / facts, quotes,
                hand.quotes().size(), missed);
        Files.writeString(Path.of("target", "draft-seed.txt"), summary + "\n");
        assertTrue(quotes >= hand.quotes().size() * 0.8, summary);
        assertTrue(shared >= facts * 0.4, summary);
    }

    /** The share of the hand-written passage's words that the drafted passage has. */
    private static double overlap(String drafted, String hand) {
        Set<String> d = words(drafted);
        Set<String> h = words(hand);
        if (h.isEmpty()) return 0;
        Set<String> both = new HashSet<>(h);
        both.retainAll(d);
        return (double) both.size() / h.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 2) out.add(w);
        return out;
    }
}
