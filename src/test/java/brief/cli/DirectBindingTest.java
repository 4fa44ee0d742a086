package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The binding {@link Direct} uses in place of reflection is the one the annotated commands call for: rewritten from
 * them, it comes out as it is in the sources.
 */
class DirectBindingTest {
    private static final Path SOURCE = Path.of("src/main/java/brief/cli/DirectBinding.java");

    @Test
    void theBindingInTheSourcesIsTheOneTheCommandsCallFor() throws Exception {
        String wanted = DirectBindingSource.of(DirectTable.parse(CommandNames.table(Cli.create())));
        if (Boolean.getBoolean("brief.rewrite")) Files.writeString(SOURCE, wanted, StandardCharsets.UTF_8);
        assertEquals(wanted, Files.readString(SOURCE, StandardCharsets.UTF_8), "the commands' options changed: rewrite "
                + SOURCE + " with mvn -q test -Dtest=DirectBindingTest -Dbrief.rewrite=true");
    }

    @Test
    void everyClassAndFieldOfTheCommandsThatRunDirectlyIsBoundWithoutReflection() {
        DirectTable table = DirectTable.parse(CommandNames.table(Cli.create()));
        for (var c : table.commands().entrySet()) {
            Object command = DirectBinding.make(c.getValue());
            assertNotNull(command, c.getValue());
            for (String parent : table.parents(c.getKey())) assertTrue(DirectBinding.set(command, parent, new BriefCommand()));
            for (DirectTable.Arg arg : table.positionals(c.getKey())) {
                assertTrue(DirectBinding.get(command, arg.field()) != DirectBinding.UNKNOWN, arg.field());
            }
        }
        assertSame(DirectBinding.UNKNOWN, DirectBinding.get(new BriefCommand(), "nosuch"));
        assertEquals(List.of(brief.render.Format.values()), List.of(DirectBinding.constants("brief.render.Format")));
    }
}
