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
            case "brief.cli.CardsCommand":
                return new brief.cli.CardsCommand();
            case "brief.cli.Display":
                return new brief.cli.Display();
            case "brief.cli.QuizCommand":
                return new brief.cli.QuizCommand();
            case "brief.cli.Seed":
                return new brief.cli.Seed();
            case "brief.cli.Ranges$AtLeastOne":
                return new brief.cli.Ranges.AtLeastOne();
            case "brief.cli.ReviewCommand":
                return new brief.cli.ReviewCommand();
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
        return access(owner, field, false, null);
    }

    /** Sets the field named; false for a field not here. */
    static boolean set(Object owner, String field, Object value) {
        return access(owner, field, true, value) != UNKNOWN;
    }

    /** The field named, set to {@code value} first when {@code set}; {@link #UNKNOWN} for one not here. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object access(Object owner, String field, boolean set, Object value) {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            switch (c.getName()) {
                case "brief.cli.Studying": {
                    brief.cli.Studying o0 = (brief.cli.Studying) owner;
                    switch (field) {
                        case "display": if (set) o0.display = (brief.cli.Display) value; return o0.display;
                        default: break;
                    }
                    break;
                }
                case "brief.cli.OneBriefing": {
                    brief.cli.OneBriefing o1 = (brief.cli.OneBriefing) owner;
                    switch (field) {
                        case "top": if (set) o1.top = (brief.cli.BriefCommand) value; return o1.top;
                        case "id": if (set) o1.id = (java.lang.String) value; return o1.id;
                        default: break;
                    }
                    break;
                }
                case "brief.cli.Display": {
                    brief.cli.Display o2 = (brief.cli.Display) owner;
                    switch (field) {
                        case "plain": if (set) o2.plain = (Boolean) value; return o2.plain;
                        default: break;
                    }
                    break;
                }
                case "brief.cli.BriefCommand": {
                    brief.cli.BriefCommand o3 = (brief.cli.BriefCommand) owner;
                    switch (field) {
                        case "debug": if (set) o3.debug = (Boolean) value; return o3.debug;
                        case "folders": if (set) o3.folders = (java.util.List) value; return o3.folders;
                        case "dataDir": if (set) o3.dataDir = (java.nio.file.Path) value; return o3.dataDir;
                        default: break;
                    }
                    break;
                }
                case "brief.cli.QuizCommand": {
                    brief.cli.QuizCommand o4 = (brief.cli.QuizCommand) owner;
                    switch (field) {
                        case "seed": if (set) o4.seed = (brief.cli.Seed) value; return o4.seed;
                        case "count": if (set) o4.count = (java.lang.Integer) value; return o4.count;
                        case "all": if (set) o4.all = (Boolean) value; return o4.all;
                        case "fresh": if (set) o4.fresh = (Boolean) value; return o4.fresh;
                        case "resume": if (set) o4.resume = (Boolean) value; return o4.resume;
                        case "card": if (set) o4.card = (java.lang.String) value; return o4.card;
                        case "topic": if (set) o4.topic = (java.lang.String) value; return o4.topic;
                        case "mistakes": if (set) o4.mistakes = (Boolean) value; return o4.mistakes;
                        default: break;
                    }
                    break;
                }
                case "brief.cli.Seed": {
                    brief.cli.Seed o5 = (brief.cli.Seed) owner;
                    switch (field) {
                        case "seed": if (set) o5.seed = (java.lang.Long) value; return o5.seed;
                        default: break;
                    }
                    break;
                }
                case "brief.cli.ReviewCommand": {
                    brief.cli.ReviewCommand o6 = (brief.cli.ReviewCommand) owner;
                    switch (field) {
                        case "seed": if (set) o6.seed = (brief.cli.Seed) value; return o6.seed;
                        case "display": if (set) o6.display = (brief.cli.Display) value; return o6.display;
                        case "count": if (set) o6.count = (Integer) value; return o6.count;
                        case "newPerDay": if (set) o6.newPerDay = (Integer) value; return o6.newPerDay;
                        default: break;
                    }
                    break;
                }
                case "brief.cli.PrintCommand": {
                    brief.cli.PrintCommand o7 = (brief.cli.PrintCommand) owner;
                    switch (field) {
                        case "format": if (set) o7.format = (brief.render.Format) value; return o7.format;
                        case "width": if (set) o7.width = (java.lang.Integer) value; return o7.width;
                        case "output": if (set) o7.output = (java.nio.file.Path) value; return o7.output;
                        case "paper": if (set) o7.paper = (brief.render.Paper) value; return o7.paper;
                        default: break;
                    }
                    break;
                }
                default:
                    break;
            }
        }
        return UNKNOWN;
    }
}
