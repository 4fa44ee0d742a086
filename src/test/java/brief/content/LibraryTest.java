package brief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryTest {
    @TempDir
    Path dir;

    private Path briefingsWith(String... ids) throws Exception {
        Path root = Files.createDirectories(dir.resolve("briefings"));
        Files.writeString(root.resolve("article.txt"), Fixtures.resource("article.txt"));
        for (String id : ids) {
            Files.writeString(root.resolve(id + ".yaml"), Fixtures.validYaml().replace("id: ferry", "id: " + id));
        }
        return root;
    }

    @Test
    void findsABriefingByIdOrUniquePrefix() throws Exception {
        Library library = Library.load(List.of(briefingsWith("ferry-north", "ferry-south", "bridge")), false);
        assertEquals("bridge", library.find("bri").briefing().id());
        assertEquals("ferry-north", library.find("ferry-n").briefing().id());
        assertEquals("ferry-south", library.find("ferry-south").briefing().id());
    }

    @Test
    void saysWhichBriefingsAnAmbiguousPrefixCouldMean() throws Exception {
        Library library = Library.load(List.of(briefingsWith("ferry-north", "ferry-south")), false);
        LookupException e = assertThrows(LookupException.class, () -> library.find("ferry"));
        assertEquals("'ferry' could be any of 2 briefings", e.getMessage());
        assertEquals("ids: ferry-north, ferry-south", e.hint());
    }

    @Test
    void saysWhenNoBriefingHasTheId() throws Exception {
        Library library = Library.load(List.of(briefingsWith("bridge")), false);
        LookupException e = assertThrows(LookupException.class, () -> library.find("tunnel"));
        assertEquals("no briefing with id 'tunnel'", e.getMessage());
    }

    @Test
    void needsNoIdWhenThereIsOnlyOneBriefing() throws Exception {
        assertEquals("bridge", Library.load(List.of(briefingsWith("bridge")), false).find(null).briefing().id());
    }

    @Test
    void includesTheBuiltInBriefingAfterTheFolders() throws Exception {
        Library library = Library.load(List.of(briefingsWith("bridge")), true);
        assertEquals(List.of("bridge", "lee-beijing-visit"),
                library.briefings().stream().map(b -> b.briefing().id()).toList());
        assertTrue(library.find("lee").builtin());
    }

    @Test
    void aFolderCopyOfTheBuiltInBriefingIsTheOneUsedAndAnUnloadableCopyLeavesTheBuiltInOne() throws Exception {
        Path root = Files.createDirectories(dir.resolve("clone/briefings"));
        Files.createDirectories(dir.resolve("clone/seeds"));
        byte[] builtin = Sources.resource("builtin/briefings/lee-beijing-visit.yaml");
        Files.write(root.resolve("lee-beijing-visit.yaml"), builtin);
        Library withoutArticle = Library.load(List.of(root), true);
        assertEquals(1, withoutArticle.failures().size(), "the copy's article is missing");
        assertTrue(withoutArticle.find("lee").builtin());

        Files.write(dir.resolve("clone/seeds/lee-beijing-visit.txt"), Sources.resource("builtin/seeds/lee-beijing-visit.txt"));
        Library clone = Library.load(List.of(root), true);
        assertEquals(List.of(), clone.failures());
        assertEquals(1, clone.briefings().size());
        assertEquals(false, clone.find("lee").builtin());
    }

    @Test
    void reportsFilesThatFailToLoadInsteadOfDroppingThem() throws Exception {
        Path root = briefingsWith("bridge");
        Files.writeString(root.resolve("broken.yaml"), "id: [");
        Library library = Library.load(List.of(root), false);
        assertEquals(1, library.briefings().size());
        assertEquals(1, library.failures().size());
        assertTrue(library.failures().get(0).location().endsWith("broken.yaml"));
    }

    @Test
    void usesTheBriefingsFolderOfTheWorkingDirectoryUnlessFoldersAreGiven() throws Exception {
        Path root = briefingsWith();
        Map<String, String> env = Map.of("HOME", dir.toString());
        assertEquals(List.of(root), Library.defaultFolders(List.of(), env, dir));
        assertEquals(List.of(Path.of("elsewhere")), Library.defaultFolders(List.of(Path.of("elsewhere")), env, dir));
    }

    @Test
    void addsTheUserDataFolderWhenItExists() throws Exception {
        Path xdg = Files.createDirectories(dir.resolve("xdg/brief/briefings"));
        assertEquals(List.of(xdg), Library.defaultFolders(List.of(), Map.of("XDG_DATA_HOME", dir.resolve("xdg").toString()),
                dir.resolve("nowhere")));
    }

    @Test
    void briefHomeHoldsTheUserBriefingsAsItHoldsTheProgress() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home/briefings"));
        Files.createDirectories(dir.resolve("xdg/brief/briefings"));
        Map<String, String> env = Map.of("BRIEF_HOME", dir.resolve("home").toString(),
                "XDG_DATA_HOME", dir.resolve("xdg").toString());
        assertEquals(List.of(home), Library.defaultFolders(List.of(), env, dir.resolve("nowhere")));
        assertEquals(dir.resolve("home"), Home.data(env), "progress lives beside them");
    }

    private Problem sourcePathProblem(String path) throws Exception {
        Path root = Files.createDirectories(dir.resolve("briefings"));
        Files.writeString(root.resolve("article.txt"), Fixtures.resource("article.txt"));
        Path file = root.resolve("b.yaml");
        Files.writeString(file, Fixtures.validYaml().replace("path: article.txt", "path: " + path));
        ContentException e = assertThrows(ContentException.class, () -> Library.loadFile(new BriefingLoader(), root, file));
        return e.problems().get(0);
    }

    @Test
    void refusesASourcePathThatClimbsOutOfTheFolders() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Problem p = sourcePathProblem("../secret.txt");
        assertEquals(6, p.line(), "the line of source.path");
        assertEquals("source.path '../secret.txt' leads outside the briefings folder and seeds/", p.message());
    }

    @Test
    void refusesAnAbsoluteSourcePath() throws Exception {
        assertEquals("source.path '/etc/hostname' leads outside the briefings folder and seeds/",
                sourcePathProblem("/etc/hostname").message());
    }

    @Test
    void refusesASymbolicLinkThatLeadsOutOfTheFolders() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Path root = Files.createDirectories(dir.resolve("briefings"));
        Files.createSymbolicLink(root.resolve("link.txt"), dir.resolve("secret.txt"));
        assertEquals("source.path 'link.txt' leads outside the briefings folder and seeds/",
                sourcePathProblem("link.txt").message());
    }

    @Test
    void acceptsAnArticleInTheSeedsFolderBesideTheBriefings() throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(seeds.resolve("a.txt"), Fixtures.resource("article.txt"));
        Path root = Files.createDirectories(dir.resolve("briefings"));
        Path file = root.resolve("b.yaml");
        Files.writeString(file, Fixtures.validYaml().replace("path: article.txt", "path: ../seeds/a.txt"));
        assertEquals("ferry", Library.loadFile(new BriefingLoader(), root, file).briefing().id());
    }

    @Test
    void saysWhenTheArticleIsMissing() throws Exception {
        assertTrue(sourcePathProblem("gone.txt").message().startsWith("the article 'gone.txt' does not exist"));
    }

    @Test
    void everyShippedBriefingIsInTheBuiltInIndex() throws Exception {
        Path shipped = Path.of("briefings");
        List<String> files;
        try (var list = Files.list(shipped)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        assertEquals(files, Library.builtinNames().stream().sorted().toList(),
                "src/main/resources/brief/builtin-briefings.txt must list every file of briefings/");
    }
}
