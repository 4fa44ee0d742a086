package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import brief.model.ContentHash;
import brief.model.Question;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingCacheTest {
    @TempDir
    Path dir;

    private Path briefings() throws Exception {
        Path root = Files.createDirectories(dir.resolve("briefings"));
        Fixtures.write(root, Fixtures.validYaml());
        return root;
    }

    private BriefingCache cache(String build) {
        return new BriefingCache(dir.resolve("cache"), build);
    }

    private static LoadedBriefing only(Library library) {
        assertEquals(List.of(), library.failures());
        assertEquals(1, library.briefings().size());
        return library.briefings().get(0);
    }

    /** The shipped briefing, which has every question type, derived options and optional fields left out. */
    private static LoadedBriefing shipped() {
        return Library.load(List.of(), true).find("lee");
    }

    /** {@code fresh} kept in a new cache and found there again. */
    private LoadedBriefing keptAndFound(LoadedBriefing fresh) throws Exception {
        byte[] yaml = Sources.resource("builtin/briefings/lee-beijing-visit.yaml");
        BriefingCache cache = cache("1");
        cache.keep(yaml, fresh);
        LoadedBriefing kept = cache.find(fresh.location(), yaml, Sources.builtin());
        assertNotNull(kept);
        return kept;
    }

    @Test
    void everyKindOfContentComesBackFromTheCacheAsItWasLoaded() throws Exception {
        LoadedBriefing fresh = shipped();
        LoadedBriefing kept = keptAndFound(fresh);
        assertEquals(fresh.briefing(), kept.briefing());
        assertEquals(fresh.article().text(), kept.article().text());
        assertEquals(fresh.location(), kept.location());
        assertEquals(fresh.evidenceChecked(), kept.evidenceChecked());
    }

    @Test
    void aQuestionFromTheCacheKeepsTheFingerprintItsAnswersAreSavedUnder() throws Exception {
        // Answers are matched to a question by its fingerprint: one read from the cache must give the same.
        LoadedBriefing fresh = shipped();
        List<Question> kept = keptAndFound(fresh).briefing().questions();
        List<Question> loaded = fresh.briefing().questions();
        assertEquals(loaded.size(), kept.size());
        for (int i = 0; i < loaded.size(); i++) {
            assertNotSame(loaded.get(i), kept.get(i));
            assertEquals(ContentHash.of(loaded.get(i)), ContentHash.of(kept.get(i)), loaded.get(i).id());
        }
    }

    @Test
    void aSecondLoadComesFromTheCacheAndEqualsTheFirst() throws Exception {
        Path root = briefings();
        Briefing first = only(Library.load(List.of(root), false, cache("1"))).briefing();
        Path file = root.resolve("briefing.yaml");
        byte[] yaml = Files.readAllBytes(file);
        assertNotNull(cache("1").find(file.toAbsolutePath().normalize().toString(), yaml, Sources.folder(root, file)),
                "the first load left an entry");
        assertEquals(first, only(Library.load(List.of(root), false, cache("1"))).briefing());
    }

    @Test
    void anEditedBriefingIsLoadedAfresh() throws Exception {
        Path root = briefings();
        only(Library.load(List.of(root), false, cache("1")));
        Files.writeString(root.resolve("briefing.yaml"), Fixtures.validWith("title: A new ferry line",
                "title: A faster ferry line"));
        assertEquals("A faster ferry line", only(Library.load(List.of(root), false, cache("1"))).briefing().title());
    }

    @Test
    void anEditedArticleIsCheckedAfreshAndItsProblemsReported() throws Exception {
        Path root = briefings();
        only(Library.load(List.of(root), false, cache("1")));
        Path article = root.resolve("article.txt");
        Files.writeString(article, Files.readString(article).replace("approved a new ferry line", "rejected a ferry"));
        Library library = Library.load(List.of(root), false, cache("1"));
        assertEquals(0, library.briefings().size(), "a briefing whose evidence is gone does not come from the cache");
        assertTrue(library.failures().get(0).problems().stream()
                .anyMatch(p -> p.message().contains("approved a new ferry line")), library.failures().toString());
    }

    @Test
    void anotherBuildOfBriefDoesNotUseTheEntry() throws Exception {
        Path root = briefings();
        only(Library.load(List.of(root), false, cache("1")));
        Path file = root.resolve("briefing.yaml");
        String location = file.toAbsolutePath().normalize().toString();
        assertNull(cache("2").find(location, Files.readAllBytes(file), Sources.folder(root, file)));
    }

    @Test
    void aDamagedOrForeignEntryIsIgnoredAndReplaced() throws Exception {
        Path root = briefings();
        Briefing first = only(Library.load(List.of(root), false, cache("1"))).briefing();
        Path entry;
        try (var files = Files.list(dir.resolve("cache"))) {
            entry = files.findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(entry);
        for (byte[] damaged : List.of(new byte[0], "garbage".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(whole, whole.length / 2), flipLastByte(whole))) {
            Files.write(entry, damaged);
            assertEquals(first, only(Library.load(List.of(root), false, cache("1"))).briefing());
            assertTrue(Files.size(entry) > damaged.length || java.util.Arrays.equals(Files.readAllBytes(entry), whole),
                    "the entry is written again");
        }
    }

    @Test
    void aCacheThatCannotBeWrittenLoadsAsWithoutOne() throws Exception {
        Path root = briefings();
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Library library = Library.load(List.of(root), false, new BriefingCache(notAFolder.resolve("cache"), "1"));
        assertEquals("ferry", only(library).briefing().id());
    }

    private static byte[] flipLastByte(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length - 1] ^= 1;
        return copy;
    }

    @Test
    void whatAQuizWorkedOutComesBackOnlyForTheSameBriefingByTheSameBuild() throws Exception {
        LoadedBriefing fresh = Library.load(List.of(), true).find("lee");
        List<brief.model.Question> derived = List.copyOf(fresh.briefing().questions().subList(0, 3));
        byte[] pairs = {1, 2, 3, 4, 5};
        cache("1").keepDerived(fresh, new BriefingCache.Derived(derived, pairs));
        BriefingCache.Derived kept = cache("1").derived(fresh);
        assertNotNull(kept, "the entry is read back");
        assertEquals(derived, kept.questions());
        assertEquals(List.of((byte) 1, (byte) 2, (byte) 3, (byte) 4, (byte) 5), bytes(kept.pairs()));
        assertNull(cache("2").derived(fresh), "another build works it out again");
        Briefing b = fresh.briefing();
        Briefing edited = new Briefing(b.id(), b.title() + " (revised)", b.lead(), b.source(), b.bluf(), b.cards(),
                b.figures(), b.people(), b.organizations(), b.quotes(), b.timeline(), b.outcomes(), b.context(), b.watch(),
                b.questions(), b.derive());
        assertNull(cache("1").derived(new LoadedBriefing(edited, fresh.article(), fresh.location(), fresh.evidenceChecked())),
                "a briefing changed since works it out again");
    }

    @Test
    void aDamagedEntryOfWhatAQuizWorkedOutIsIgnored() throws Exception {
        LoadedBriefing fresh = Library.load(List.of(), true).find("lee");
        cache("1").keepDerived(fresh, new BriefingCache.Derived(List.of(), null));
        assertNotNull(cache("1").derived(fresh));
        try (var files = Files.newDirectoryStream(dir.resolve("cache"), "derived-*.bin")) {
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                bytes[bytes.length / 2] ^= 0x20;
                Files.write(f, bytes);
            }
        }
        assertNull(cache("1").derived(fresh));
    }

    private static List<Byte> bytes(byte[] b) {
        List<Byte> out = new java.util.ArrayList<>();
        for (byte x : b) out.add(x);
        return out;
    }
}
