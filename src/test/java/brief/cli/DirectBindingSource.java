package brief.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The source of {@link DirectBinding}, written from the {@link DirectTable} of the annotated commands: for each
 * class and field the table names, the plain Java that makes or fills it. Fields and classes that code in
 * {@code brief.cli} cannot reach (private ones) are left out, and {@link Direct} reaches them by reflection.
 */
final class DirectBindingSource {
    private DirectBindingSource() {}

    static String of(DirectTable table) throws ReflectiveOperationException {
        Set<Class<?>> made = new LinkedHashSet<>();
        Set<Class<?>> enums = new LinkedHashSet<>();
        // By the class that declares them, subclasses first so that a field a subclass hides is the one set.
        Map<Class<?>, Set<Field>> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> c : table.commands().entrySet()) {
            String name = c.getKey();
            Class<?> command = Class.forName(c.getValue());
            made.add(command);
            for (String field : table.parents(name)) add(fields, field(command, field));
            for (String path : table.mixins(name)) {
                Class<?> owner = command;
                for (String segment : path.split("\\.")) {
                    Field f = field(owner, segment);
                    add(fields, f);
                    owner = f.getType();
                    made.add(owner);
                }
            }
            List<DirectTable.Arg> args = new ArrayList<>(table.options(name));
            args.addAll(table.positionals(name));
            for (DirectTable.Arg arg : args) {
                Class<?> owner = arg.onTop() ? BriefCommand.class : command;
                String[] path = arg.field().split("\\.");
                for (int k = 0; k < path.length - 1; k++) owner = field(owner, path[k]).getType();
                add(fields, field(owner, path[path.length - 1]));
                if (arg.converter() != null) made.add(Class.forName(arg.converter()));
                if (!arg.type().contains(".")) continue;
                Class<?> type = Class.forName(arg.type());
                if (type.isEnum()) enums.add(type);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("package brief.cli;\n\n")
                .append("/**\n")
                .append(" * What {@link Direct} would otherwise do by reflection, which on JDK 18 and later sets up method handles the\n")
                .append(" * first time and costs more than the rest of binding the arguments. Written by {@code DirectBindingSource}\n")
                .append(" * from the annotated commands; {@code DirectBindingTest} fails when it is out of date.\n")
                .append(" */\n")
                .append("final class DirectBinding {\n")
                .append("    /** What {@link #get} answers for a field it does not know. */\n")
                .append("    static final Object UNKNOWN = new Object();\n\n")
                .append("    private DirectBinding() {}\n\n")
                .append("    /** A new object of the class named (by its binary name), or null for a class not here. */\n")
                .append("    static Object make(String type) {\n")
                .append("        switch (type) {\n");
        for (Class<?> c : made) {
            if (!reachable(c) || !madeHere(c)) continue;
            out.append("            case \"").append(c.getName()).append("\":\n")
                    .append("                return new ").append(c.getCanonicalName()).append("();\n");
        }
        out.append("            default:\n")
                .append("                return null;\n")
                .append("        }\n")
                .append("    }\n\n")
                .append("    /** The constants of the enum named, or null for one not here. */\n")
                .append("    static Object[] constants(String type) {\n")
                .append("        switch (type) {\n");
        for (Class<?> e : enums) {
            if (!reachable(e)) continue;
            out.append("            case \"").append(e.getName()).append("\":\n")
                    .append("                return ").append(e.getCanonicalName()).append(".values();\n");
        }
        out.append("            default:\n")
                .append("                return null;\n")
                .append("        }\n")
                .append("    }\n\n");
        accessor(out, fields);
        out.setLength(out.length() - 1);
        out.append("}\n");
        return out.toString();
    }

    private static void accessor(StringBuilder out, Map<Class<?>, Set<Field>> fields) {
        out.append("    /** The value of the field named, or {@link #UNKNOWN} for a field not here. */\n")
                .append("    static Object get(Object owner, String field) {\n")
                .append("        return access(owner, field, false, null);\n")
                .append("    }\n\n")
                .append("    /** Sets the field named; false for a field not here. */\n")
                .append("    static boolean set(Object owner, String field, Object value) {\n")
                .append("        return access(owner, field, true, value) != UNKNOWN;\n")
                .append("    }\n\n")
                .append("    /** The field named, set to {@code value} first when {@code set}; {@link #UNKNOWN} for one not here. */\n")
                .append("    @SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
                .append("    private static Object access(Object owner, String field, boolean set, Object value) {\n");
        // By class name, up from the object's own class: naming a class in an instanceof would load it, so that
        // every command run directly would load the classes of the others.
        out.append("        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {\n")
                .append("            switch (c.getName()) {\n");
        int n = 0;
        for (Map.Entry<Class<?>, Set<Field>> e : fields.entrySet()) {
            if (!reachable(e.getKey())) continue;
            List<Field> own = e.getValue().stream().filter(DirectBindingSource::reachable).toList();
            if (own.isEmpty()) continue;
            String var = "o" + n++;
            String type = e.getKey().getCanonicalName();
            out.append("                case \"").append(e.getKey().getName()).append("\": {\n")
                    .append("                    ").append(type).append(' ').append(var).append(" = (").append(type)
                    .append(") owner;\n")
                    .append("                    switch (field) {\n");
            for (Field f : own) {
                String name = var + '.' + f.getName();
                out.append("                        case \"").append(f.getName()).append("\": if (set) ").append(name)
                        .append(" = (").append(boxed(f.getType())).append(") value; return ").append(name).append(";\n");
            }
            out.append("                        default: break;\n")
                    .append("                    }\n")
                    .append("                    break;\n")
                    .append("                }\n");
        }
        out.append("                default:\n")
                .append("                    break;\n")
                .append("            }\n")
                .append("        }\n");
        out.append("        return UNKNOWN;\n")
                .append("    }\n\n");
    }

    private static void add(Map<Class<?>, Set<Field>> fields, Field f) {
        fields.computeIfAbsent(f.getDeclaringClass(), k -> new LinkedHashSet<>()).add(f);
        // Subclasses before the classes they extend.
        List<Class<?>> order = new ArrayList<>(fields.keySet());
        order.sort((a, b) -> a == b ? 0 : b.isAssignableFrom(a) ? -1 : a.isAssignableFrom(b) ? 1 : 0);
        Map<Class<?>, Set<Field>> sorted = new LinkedHashMap<>();
        for (Class<?> c : order) sorted.put(c, fields.get(c));
        fields.clear();
        fields.putAll(sorted);
    }

    /** Whether code in brief.cli can name the class. */
    private static boolean reachable(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
            if (!reachable(k.getModifiers(), k.getPackageName())) return false;
            if (k.getEnclosingClass() != null && !Modifier.isStatic(k.getModifiers())) return false;
        }
        return c.getCanonicalName() != null;
    }

    /** Whether code in brief.cli can call the class's constructor of no arguments. */
    private static boolean madeHere(Class<?> c) {
        try {
            return !Modifier.isAbstract(c.getModifiers())
                    && reachable(c.getDeclaredConstructor().getModifiers(), c.getPackageName());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Whether code in brief.cli can read and assign the field. */
    private static boolean reachable(Field f) {
        return !Modifier.isFinal(f.getModifiers()) && !Modifier.isStatic(f.getModifiers())
                && reachable(f.getModifiers(), f.getDeclaringClass().getPackageName());
    }

    private static boolean reachable(int modifiers, String packageName) {
        return Modifier.isPublic(modifiers) || (!Modifier.isPrivate(modifiers) && packageName.equals("brief.cli"));
    }

    /** The type to cast a value to before it goes into a field of {@code type}: primitives as their boxes. */
    private static String boxed(Class<?> type) {
        if (!type.isPrimitive()) return type.getCanonicalName();
        return switch (type.getName()) {
            case "boolean" -> "Boolean";
            case "int" -> "Integer";
            case "long" -> "Long";
            case "double" -> "Double";
            default -> throw new IllegalArgumentException("no option of type " + type);
        };
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) return f;
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
