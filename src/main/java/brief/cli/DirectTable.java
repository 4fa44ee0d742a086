package brief.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Direct} needs to bind arguments without picocli: the names of all commands, and each command that
 * can run directly, the options
 * and parameters it takes (with the top command's inherited ones) and the fields they go to. Written at build
 * time by {@link CommandNames} from picocli's model of the annotated commands, one line a fact, tab-separated;
 * read back at run time without picocli.
 */
record DirectTable(Set<String> names, Map<String, String> commands, Map<String, List<String>> mixins, Map<String, List<String>> parents,
                   Map<String, List<Arg>> options, Map<String, List<Arg>> positionals) {
    static final String RESOURCE = "/brief/cli/direct-commands.tsv";
    /** Where the top command's own options are filed. */
    static final String TOP = "*";

    /**
     * An option (with names) or a positional parameter (without). {@code field} is a path of field names from the
     * command object (through its mixins), or from the top command when {@code onTop}.
     */
    record Arg(List<String> names, boolean flag, boolean multi, String type, String converter, String field,
               boolean onTop, boolean required, String defaultValue) {}

    /** The paths of the command's mixins (objects picocli makes for the fields), outer ones first. */
    List<String> mixins(String command) {
        return mixins.getOrDefault(command, List.of());
    }

    List<String> parents(String command) {
        return parents.getOrDefault(command, List.of());
    }

    List<Arg> options(String command) {
        return options.getOrDefault(command, List.of());
    }

    List<Arg> positionals(String command) {
        return positionals.getOrDefault(command, List.of());
    }

    /** The table the build put in the jar, or null. */
    static DirectTable inJar() {
        String text = Direct.resource();
        return text == null ? null : parse(text);
    }

    static DirectTable parse(String text) {
        Set<String> names = new LinkedHashSet<>();
        Map<String, String> commands = new LinkedHashMap<>();
        Map<String, List<String>> mixins = new LinkedHashMap<>();
        Map<String, List<String>> parents = new LinkedHashMap<>();
        Map<String, List<Arg>> options = new LinkedHashMap<>();
        Map<String, List<Arg>> positionals = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "name" -> names.add(f[1]);
                case "command" -> commands.put(f[1], f[2]);
                case "mixin" -> mixins.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[2]);
                case "parent" -> parents.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f[2]);
                case "option", "positional" -> (f[0].equals("option") ? options : positionals)
                        .computeIfAbsent(f[1], k -> new ArrayList<>())
                        .add(new Arg(f[2].isEmpty() ? List.of() : List.of(f[2].split(",")), f[3].equals("1"),
                                f[4].equals("1"), f[5], f[6].equals("-") ? null : f[6], f[7], f[8].equals("1"),
                                f[9].equals("1"), f[10].startsWith("=") ? f[10].substring(1) : null));
                default -> { }
            }
        }
        return new DirectTable(names, commands, mixins, parents, options, positionals);
    }
}
