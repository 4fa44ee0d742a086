package brief.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RuleTest {
    @Test
    void theReadmeTableNamesEveryRuleByTheCodeValidatePrints() throws Exception {
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(Files.readString(Path.of("README.md")));
        List<String> documented = new ArrayList<>();
        while (row.find()) documented.add(row.group(1));
        List<String> printed = Arrays.stream(Rule.values()).map(Rule::code).toList();
        assertEquals(printed, documented.stream().filter(printed::contains).toList(),
                "README rows, in order, for the codes shown in brackets after each warning");
        assertEquals("q1: the right option is longest [longest-right]",
                new Finding(Rule.LONGEST_RIGHT, "q1", "questions", "q1", "options", "the right option is longest").toString());
    }
}
