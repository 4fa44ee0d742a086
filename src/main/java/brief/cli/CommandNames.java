package brief.cli;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Writes, at build time, what is known of the commands before picocli starts: their names, one a line, for the
 * launcher (which gives each command a class archive of its own), so that the list lives only in {@link Cli};
 * and the {@link DirectTable} that lets {@link Direct} run a command with plain arguments without picocli.
 */
public final class CommandNames {
    private CommandNames() {}

    /** Arguments: the file of names, then the table's file (in the classes that go into the jar). */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), String.join("\n", Cli.COMMANDS) + "\n");
        write(Path.of(args[1]), table(Cli.create()));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The table of the commands of {@code cli} that can run directly, as text. */
    static String table(CommandLine cli) {
        StringBuilder out = new StringBuilder();
        CommandSpec root = cli.getCommandSpec();
        List<String> top = new ArrayList<>();
        for (OptionSpec o : root.options()) {
            if (o.usageHelp() || o.versionHelp()) continue;
            String row = row("option", DirectTable.TOP, o, root);
            if (row == null) return "";
            top.add(row);
        }
        top.forEach(out::append);
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            out.append("name\t").append(sub.getKey()).append('\n');
            out.append(command(sub.getKey(), sub.getValue().getCommandSpec()));
        }
        return out.toString();
    }

    /** The lines of one command, or none when it cannot run directly. */
    private static String command(String name, CommandSpec spec) {
        if (!(spec.userObject() instanceof Direct.Command) || !spec.argGroups().isEmpty()
                || !spec.subcommands().isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("command\t" + name + "\t" + spec.userObject().getClass().getName() + "\n");
        for (String mixin : mixins(spec, "")) out.append("mixin\t").append(name).append('\t').append(mixin).append('\n');
        for (IAnnotatedElement parent : spec.parentCommandElements()) {
            out.append("parent\t").append(name).append('\t').append(parent.getName()).append('\n');
        }
        for (OptionSpec o : spec.options()) {
            if (o.usageHelp() || o.versionHelp()) continue;
            String row = row("option", name, o, spec);
            if (row == null) return "";
            out.append(row);
        }
        for (ArgSpec p : spec.positionalParameters()) {
            String row = p.isMultiValue() ? null : row("positional", name, p, spec);
            if (row == null) return "";
            out.append(row);
        }
        return out.toString();
    }

    private static String row(String kind, String command, ArgSpec arg, CommandSpec spec) {
        if (!(arg.userObject() instanceof Field field)) return null;
        boolean flag = arg.arity().max() == 0;
        if (!flag && (arg.arity().max() != 1 || (arg.isOption() && arg.arity().min() != 1))) return null;
        if (arg.defaultValue() != null && arg.defaultValue().contains("${")) return null;
        boolean onTop = field.getDeclaringClass() == BriefCommand.class;
        String path = onTop ? field.getName() : path(spec, arg, field);
        if (path == null) return null;
        String type = arg.isMultiValue() ? arg.auxiliaryTypes()[0].getName() : arg.type().getName();
        String converter = arg.converters().length > 0 ? arg.converters()[0].getClass().getName() : "-";
        String names = arg instanceof OptionSpec o ? String.join(",", o.names()) : "";
        boolean required = arg.required() || (!arg.isOption() && arg.arity().min() > 0);
        return String.join("\t", kind, command, names, flag ? "1" : "0", arg.isMultiValue() ? "1" : "0", type,
                converter, path, onTop ? "1" : "0", required ? "1" : "0",
                arg.defaultValue() == null ? "-" : "=" + arg.defaultValue()) + "\n";
    }

    /** The paths of the mixins of {@code spec} (picocli's own help mixin aside), each before the ones inside it. */
    private static List<String> mixins(CommandSpec spec, String prefix) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, CommandSpec> m : spec.mixins().entrySet()) {
            if (m.getValue().userObject().getClass().getName().startsWith("picocli.")) continue;
            paths.add(prefix + m.getKey());
            paths.addAll(mixins(m.getValue(), prefix + m.getKey() + "."));
        }
        return paths;
    }

    /** The field names from the command object to the field of {@code arg}, through mixins; null if not found. */
    private static String path(CommandSpec spec, ArgSpec arg, Field field) {
        Map<CommandSpec, String> prefix = new IdentityHashMap<>();
        List<CommandSpec> todo = new ArrayList<>(List.of(spec));
        prefix.put(spec, "");
        while (!todo.isEmpty()) {
            CommandSpec s = todo.remove(todo.size() - 1);
            if (field.getDeclaringClass().isInstance(s.userObject())
                    && (s == spec || s.args().contains(arg))) {
                return prefix.get(s) + field.getName();
            }
            for (Map.Entry<String, CommandSpec> m : s.mixins().entrySet()) {
                prefix.put(m.getValue(), prefix.get(s) + m.getKey() + ".");
                todo.add(m.getValue());
            }
        }
        return null;
    }
}
