package brief.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/** The schema brief ships, checked by an independent validator against the loader's own rules. */
class SchemaTest {
    private static final JsonSchema SCHEMA =
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(Schema.text());

    @TempDir
    Path dir;

    private static Set<ValidationMessage> schemaErrors(String yaml) {
        Object data = new Yaml().load(yaml);
        JsonNode json = new ObjectMapper().valueToTree(data);
        return SCHEMA.validate(json);
    }

    @Test
    void everyShippedBriefingIsValidAgainstTheSchema() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("briefings"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Set<ValidationMessage> errors = schemaErrors(Files.readString(file));
                assertTrue(errors.isEmpty(), file + ": " + errors);
            }
        }
    }

    @Test
    void theTestFixtureIsValidAgainstTheSchema() {
        assertTrue(schemaErrors(Fixtures.validYaml()).isEmpty(), schemaErrors(Fixtures.validYaml()).toString());
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("an unknown key", "    topic: transport", "    topic: transport\n    colour: red"),
                Arguments.of("a missing field", "    explain: In March 2027.\n", ""),
                Arguments.of("a word not in the list", "kind: claim", "kind: rumour"),
                Arguments.of("a difficulty out of range", "    difficulty: 1\n", "    difficulty: 5\n"),
                Arguments.of("an id that is not a slug", "- id: approved", "- id: Approved Point"),
                Arguments.of("a wrong version", "version: 1", "version: 2"),
                Arguments.of("a choice with one option", "      - id: b\n        text: May 2026\n        why: That is when the article appeared.\n", ""),
                Arguments.of("a cloze without a gap", "    type: numeric", "    type: cloze"),
                Arguments.of("an answer of the wrong type", "    answer: 4\n", "    answer: four\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFilesAreRejectedByBothTheSchemaAndTheLoader(String what, String from, String to) throws Exception {
        String yaml = Fixtures.validWith(from, to);
        assertFalse(schemaErrors(yaml).isEmpty(), "the schema accepts " + what);
        List<Problem> problems = Fixtures.problems(dir, yaml);
        assertFalse(problems.isEmpty(), "the loader accepts " + what);
    }
}
