package brief.cli;

import brief.content.Resources;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Runs a command without setting up picocli, when its arguments are plain: picocli's start-up (reading the
 * annotations, then its own set-up) costs more than the rest of 'brief print' together. What the commands take
 * comes from {@link DirectTable}, written at build time from picocli's own model of the annotated commands, so
 * the commands are still declared once; the objects are made and filled through {@link DirectBinding}, plain
 * code written from the same table, not by reflection. Anything this does not handle exactly as picocli would
 * (help, a mistake, an option it cannot convert, a command that has not opted in) returns null, and picocli takes
 * over.
 */
final class Direct {
    /** A command that can run without picocli: it takes its output streams as arguments, not from its spec. */
    interface Command {
        int run(PrintWriter out, PrintWriter err) throws Exception;
    }

    /** Arguments bound as picocli would bind them: the top command and the one named. */
    record Parsed(BriefCommand top, Object command) {}

    private Direct() {}

    /** The command's exit code, or null when picocli must run it. */
    static Integer run(String[] args, PrintWriter out, PrintWriter err) {
        DirectTable table = DirectTable.inJar();
        Parsed parsed = table == null ? null : parse(table, args);
        if (parsed == null) return null;
        try {
            return ((Command) parsed.command()).run(out, err);
        } catch (Exception e) {
            return Console.report(e, err, parsed.top().debug);
        }
    }

    /** The arguments bound to fresh command objects, or null when they are not plain. */
    static Parsed parse(DirectTable table, String[] args) {
        try {
            return bind(table, args);
        } catch (Exception e) {
            // Not plain after all (a value picocli's converter refused, say): picocli will say what is wrong.
            return null;
        }
    }

    private static Parsed bind(DirectTable table, String[] args) throws Exception {
        BriefCommand top = new BriefCommand();
        // By identity: a record's hashCode would set up method handles, which costs more here than the whole parse.
        Set<DirectTable.Arg> given = Collections.newSetFromMap(new IdentityHashMap<>());
        int i = 0;
        String name = null;
        while (i < args.length && name == null) {
            String a = args[i];
            if (table.commands().containsKey(a)) {
                name = a;
                i++;
            } else if (a.startsWith("-")) {
                i = option(table.options(DirectTable.TOP), table.names(), top, null, args, i, given);
                if (i < 0) return null;
            } else {
                return null;
            }
        }
        if (name == null) return null;
        Object command = instance(table.commands().get(name));
        for (String path : table.mixins(name)) {
            Object owner = command;
            for (String field : path.split("\\.")) owner = mixin(owner, field);
        }
        for (String field : table.parents(name)) set(command, field, top);
        List<String> positional = new ArrayList<>();
        while (i < args.length) {
            String a = args[i];
            if (a.startsWith("-")) {
                i = option(table.options(name), table.names(), top, command, args, i, given);
                if (i < 0) return null;
            } else {
                positional.add(a);
                i++;
            }
        }
        List<DirectTable.Arg> params = table.positionals(name);
        if (positional.size() > params.size()) return null;
        for (int p = 0; p < params.size(); p++) {
            if (p < positional.size()) {
                apply(params.get(p), top, command, positional.get(p));
                given.add(params.get(p));
            }
        }
        List<DirectTable.Arg> all = new ArrayList<>(table.options(name));
        all.addAll(params);
        for (DirectTable.Arg arg : all) {
            if (given.contains(arg) || (arg.onTop() && given.stream().anyMatch(g -> g.onTop() && g.field().equals(arg.field())))) {
                continue;
            }
            if (arg.required()) return null;
            if (arg.defaultValue() != null) apply(arg, top, command, arg.defaultValue());
        }
        return new Parsed(top, command);
    }

    /** Binds the option at {@code args[i]}; the index after it, or -1 when it is not one this handles. */
    private static int option(List<DirectTable.Arg> options, Set<String> names, BriefCommand top, Object command,
                              String[] args, int i, Set<DirectTable.Arg> given) throws Exception {
        String a = args[i];
        int eq = a.startsWith("--") ? a.indexOf('=') : -1;
        String name = eq > 0 ? a.substring(0, eq) : a;
        String value = eq > 0 ? a.substring(eq + 1) : null;
        DirectTable.Arg arg = options.stream().filter(o -> o.names().contains(name)).findFirst().orElse(null);
        if (arg == null || (given.contains(arg) && !arg.multi())) return -1;
        // An option of the top command written both before and after the command's name: picocli decides.
        if (arg.onTop() && given.stream().anyMatch(g -> g.onTop() && g.field().equals(arg.field()) && g != arg)) return -1;
        given.add(arg);
        if (arg.flag()) {
            if (value != null) return -1;
            apply(arg, top, command, "true");
            return i + 1;
        }
        if (value == null) {
            // picocli takes neither an option nor a command's name for an option's value.
            if (i + 1 >= args.length || args[i + 1].startsWith("-") || names.contains(args[i + 1])) return -1;
            value = args[++i];
        }
        apply(arg, top, command, value);
        return i + 1;
    }

    private static void apply(DirectTable.Arg arg, BriefCommand top, Object command, String text) throws Exception {
        Object value = convert(arg, text);
        if (value == null) throw new IllegalArgumentException(text);
        Object owner = arg.onTop() ? top : command;
        String[] path = arg.field().split("\\.");
        for (int k = 0; k < path.length - 1; k++) owner = mixin(owner, path[k]);
        String name = path[path.length - 1];
        if (arg.multi()) {
            @SuppressWarnings("unchecked")
            Collection<Object> values = (Collection<Object>) get(owner, name);
            if (values == null) {
                values = new ArrayList<>();
                set(owner, name, values);
            }
            values.add(value);
        } else {
            set(owner, name, value);
        }
    }

    /** The value of an option or parameter, converted as picocli does it; null for a type this does not handle. */
    private static Object convert(DirectTable.Arg arg, String text) throws Exception {
        if (arg.converter() != null) {
            Object converter = instance(arg.converter());
            return ((picocli.CommandLine.ITypeConverter<?>) converter).convert(text);
        }
        String type = arg.type();
        switch (type) {
            case "boolean", "java.lang.Boolean":
                return Boolean.valueOf(text);
            case "java.lang.String":
                return text;
            case "java.nio.file.Path":
                return Path.of(text);
            case "int", "java.lang.Integer":
                return text.matches("[0-9]{1,9}") ? Integer.valueOf(text) : null;
            case "long", "java.lang.Long":
                return text.matches("[0-9]{1,18}") ? Long.valueOf(text) : null;
            default:
                Object[] constants = DirectBinding.constants(type);
                if (constants == null) {
                    Class<?> c = Class.forName(type);
                    if (!c.isEnum()) return null;
                    constants = c.getEnumConstants();
                }
                for (Object constant : constants) {
                    if (((Enum<?>) constant).name().equalsIgnoreCase(text)) return constant;
                }
                return null;
        }
    }

    // Each of these goes through DirectBinding, and by reflection only for what it does not hold.

    private static Object mixin(Object owner, String name) throws ReflectiveOperationException {
        Object value = get(owner, name);
        if (value == null) {
            value = instance(field(owner.getClass(), name).getType().getName());
            set(owner, name, value);
        }
        return value;
    }

    private static Object get(Object owner, String name) throws ReflectiveOperationException {
        Object value = DirectBinding.get(owner, name);
        return value != DirectBinding.UNKNOWN ? value : field(owner.getClass(), name).get(owner);
    }

    private static void set(Object owner, String name, Object value) throws ReflectiveOperationException {
        if (!DirectBinding.set(owner, name, value)) field(owner.getClass(), name).set(owner, value);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // Declared higher up, then.
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static Object instance(String className) throws ReflectiveOperationException {
        Object made = DirectBinding.make(className);
        if (made != null) return made;
        Constructor<?> c = Class.forName(className).getDeclaredConstructor();
        c.setAccessible(true);
        return c.newInstance();
    }

    /** The table in the jar, read as a resource. */
    static String resource() {
        byte[] text = Resources.read(DirectTable.RESOURCE.substring(1), Integer.MAX_VALUE);
        return text == null ? null : new String(text, StandardCharsets.UTF_8);
    }
}
