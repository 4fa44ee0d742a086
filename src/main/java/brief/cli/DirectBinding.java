package brief.cli;

/**
 * What {@link Direct} would otherwise do by reflection, which on JDK 18 and later sets up method handles the
 * first time and costs more than the rest of binding the arguments. Written by {@code DirectBindingSource}
 * from the annotated commands; {@code DirectBindingTest} fails when it is out of date.
 */
final class DirectBinding {
    /** What {@link #get} answers for a field it does not know. */
    static final Object UNKNOWN = new Object();

    private DirectBinding() {}

    /** A new object of the class named (by its binary name), or null for a class not here. */
    static Object make(String type) {
        switch (type) {
            case "brief.cli.PrintCommand":
                return new brief.cli.PrintCommand();
            case "brief.cli.Ranges$PageWidth":
                return new brief.cli.Ranges.PageWidth();
            default:
                return null;
        }
    }

    /** The constants of the enum named, or null for one not here. */
    static Object[] constants(String type) {
        switch (type) {
            case "brief.render.Format":
                return brief.render.Format.values();
            case "brief.render.Paper":
                return brief.render.Paper.values();
            default:
                return null;
        }
    }

    /** The value of the field named, or {@link #UNKNOWN} for a field not here. */
    static Object get(Object owner, String field) {
        if (owner instanceof brief.cli.PrintCommand o0) {
            switch (field) {
                case "format":
                    return o0.format;
                case "width":
                    return o0.width;
                case "output":
                    return o0.output;
                case "paper":
                    return o0.paper;
                default:
                    break;
            }
        }
        if (owner instanceof brief.cli.OneBriefing o1) {
            switch (field) {
                case "top":
                    return o1.top;
                case "id":
                    return o1.id;
                default:
                    break;
            }
        }
        if (owner instanceof brief.cli.BriefCommand o2) {
            switch (field) {
                case "debug":
                    return o2.debug;
                case "folders":
                    return o2.folders;
                case "dataDir":
                    return o2.dataDir;
                default:
                    break;
            }
        }
        return UNKNOWN;
    }

    /** Sets the field named; false for a field not here. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean set(Object owner, String field, Object value) {
        if (owner instanceof brief.cli.PrintCommand o0) {
            switch (field) {
                case "format":
                    o0.format = (brief.render.Format) value;
                    return true;
                case "width":
                    o0.width = (java.lang.Integer) value;
                    return true;
                case "output":
                    o0.output = (java.nio.file.Path) value;
                    return true;
                case "paper":
                    o0.paper = (brief.render.Paper) value;
                    return true;
                default:
                    break;
            }
        }
        if (owner instanceof brief.cli.OneBriefing o1) {
            switch (field) {
                case "top":
                    o1.top = (brief.cli.BriefCommand) value;
                    return true;
                case "id":
                    o1.id = (java.lang.String) value;
                    return true;
                default:
                    break;
            }
        }
        if (owner instanceof brief.cli.BriefCommand o2) {
            switch (field) {
                case "debug":
                    o2.debug = (Boolean) value;
                    return true;
                case "folders":
                    o2.folders = (java.util.List) value;
                    return true;
                case "dataDir":
                    o2.dataDir = (java.nio.file.Path) value;
                    return true;
                default:
                    break;
            }
        }
        return false;
    }
}
