package brief.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each hostile file, given to the loader as a briefing in a folder: refused, with its problems, within 2 seconds. */
class HostileFilesTest {
    @TempDir
    Path folder;

    static Stream<Arguments> corpus() {
        return HostileCorpus.files().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithinTwoSeconds(String name, byte[] bytes) throws Exception {
        Path file = Files.write(folder.resolve(name), bytes);
        ContentException refused = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThrows(
                ContentException.class, () -> new BriefingLoader().load(name, bytes, Sources.folder(folder, file), name)),
                name + " takes longer than 2 seconds to refuse");
        assertFalse(refused.problems().isEmpty(), name + " is refused with its problems named");
    }
}
