package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A command run directly gets exactly the values picocli would give it; whatever the direct start does not
 * handle as picocli does is left to picocli.
 */
class DirectTest {
    private static final DirectTable TABLE = DirectTable.parse(CommandNames.table(Cli.create()));

    @ParameterizedTest
    @ValueSource(strings = {"print", "print lee", "print LEE --width 60", "print --width=60", "print --format markdown",
            "print --format=HTML -o page.html", "print --output=page.md --format Markdown",
            "print --paper letter --format pdf -o b.pdf", "--briefings a print", "print --briefings a --briefings b",
            "--debug print lee", "print --debug", "print --data-dir d", "--data-dir d --briefings a print x",
            "print quiz", "quiz --plain --count 3", "quiz --plain --seed 1 --count 3", "quiz lee --all --new",
            "quiz --card trade --resume", "quiz --mistakes --topic economy", "review --plain", "review --count 5 --new 2",
            "review lee --seed 9 --plain", "cards --plain lee"})
    void bindsPlainArgumentsAsPicocliDoes(String line) {
        String[] args = line.split(" ");
        Direct.Parsed direct = Direct.parse(TABLE, args);
        assertNotNull(direct, "runs directly: " + line);
        CommandLine.ParseResult picocli = Cli.create(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .parseArgs(args);
        Object command = picocli.subcommand().commandSpec().userObject();
        assertEquals(fields(picocli.commandSpec().userObject()), fields(direct.top()), "the top command's options: " + line);
        assertEquals(fields(command), fields(direct.command()), "the command's options: " + line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"print --help", "print -h", "--version", "print -V", "print --width abc", "print --width 20",
            "print --format nosuch", "print a b", "print --nosuch", "print --", "print --width",
            "print --width 60 --width 70", "prnt", "", "list", "print --debug=true", "print -o",
            "--briefings a print --briefings b", "print -o=page.md", "print --width -5", "print -ofile",
            "--briefings print print", "print --briefings quiz"})
    void leavesToPicocliWhatItMustDecide(String line) {
        assertNull(Direct.parse(TABLE, line.isEmpty() ? new String[0] : line.split(" ")), "left to picocli: " + line);
    }

    @org.junit.jupiter.api.Test
    void theCommandsThatRunDirectlyAreTheOnesThatSaySo() {
        assertEquals(Map.of("print", PrintCommand.class.getName(), "quiz", QuizCommand.class.getName(),
                "review", ReviewCommand.class.getName(), "cards", CardsCommand.class.getName()), TABLE.commands());
    }

    /** The values a command object holds, its mixins' included, by field path; picocli's own links left out. */
    private static Map<String, Object> fields(Object o) {
        Map<String, Object> values = new TreeMap<>();
        collect(o, "", values);
        return values;
    }

    private static void collect(Object o, String prefix, Map<String, Object> values) {
        for (Class<?> c = o.getClass(); c != Object.class; c = c.getSuperclass()) collect(o, c, prefix, values);
    }

    private static void collect(Object o, Class<?> type, String prefix, Map<String, Object> values) {
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getType() == CommandSpec.class || f.getType() == BriefCommand.class) {
                continue;
            }
            f.setAccessible(true);
            Object value;
            try {
                value = f.get(o);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
            if (value != null && value.getClass().getPackageName().equals("brief.cli")) {
                collect(value, prefix + f.getName() + ".", values);
            } else {
                values.put(prefix + f.getName(), value instanceof Object[] a ? Arrays.asList(a) : String.valueOf(value));
            }
        }
    }
}
