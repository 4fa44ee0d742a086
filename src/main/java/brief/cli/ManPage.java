package brief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Writes brief's man page (troff, section 1) from the commands' own help, so the two never disagree.
 * The build runs it: {@code java brief.cli.ManPage target/classes/brief/man/brief.1}.
 */
public final class ManPage {
    private ManPage() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(Cli.create().getCommandSpec()), StandardCharsets.UTF_8);
    }

    static String render(CommandSpec root) {
        StringBuilder out = new StringBuilder();
        out.append(".TH BRIEF 1 \"\" \"brief ").append(escape(Version.number())).append("\" \"User Commands\"\n");
        out.append(".SH NAME\nbrief \\- ").append(escape(String.join(" ", root.usageMessage().description()))).append('\n');
        out.append(".SH SYNOPSIS\n.B brief\n[\\fIOPTIONS\\fR] [\\fICOMMAND\\fR] [\\fIARGS\\fR]\n");
        out.append(".SH DESCRIPTION\nOn a terminal, \\fBbrief\\fR alone opens the full-screen home screen; otherwise it "
                + "lists the briefings. Exit codes: 0 ok, 1 user error, 2 usage error, 3 internal error.\n");
        options(out, root);
        out.append(".SH COMMANDS\n");
        for (CommandLine sub : root.subcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            out.append(".SS ").append(escape(spec.qualifiedName())).append('\n');
            out.append(".B ").append(escape(synopsis(spec))).append("\n.PP\n");
            for (String line : spec.usageMessage().description()) out.append(escape(line)).append("\n.PP\n");
            for (PositionalParamSpec p : spec.positionalParameters()) {
                out.append(".TP\n.I ").append(escape(p.paramLabel())).append('\n')
                        .append(escape(String.join(" ", p.description()))).append('\n');
            }
            options(out, spec);
        }
        out.append(".SH FILES\n.TP\n.I $BRIEF_HOME/progress.db\nProgress (SQLite); else $XDG_DATA_HOME/brief, else "
                + "~/.local/share/brief.\n.SH ENVIRONMENT\n.TP\n.B NO_COLOR\nNo colour in the full screen.\n.TP\n"
                + ".B BRIEF_HOME, XDG_DATA_HOME\nWhere progress and user briefings live.\n");
        return out.toString();
    }

    private static void options(StringBuilder out, CommandSpec spec) {
        // The options every command inherits are told once, with the top command's.
        List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden() && !o.inherited()).toList();
        if (options.isEmpty()) return;
        if (spec.parent() == null) out.append(".SH OPTIONS\n");
        for (OptionSpec o : options) {
            out.append(".TP\n.B ").append(escape(String.join(", ", o.names())));
            if (o.arity().max() > 0) out.append(" \\fI").append(escape(o.paramLabel())).append("\\fR");
            out.append('\n').append(escape(String.join(" ", o.description()))).append('\n');
        }
    }

    private static String synopsis(CommandSpec spec) {
        return new CommandLine.Help(spec, CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
                .synopsis(0).strip().replace("Usage: ", "");
    }

    /** Escapes troff's backslash and hyphens, and keeps a line from starting with a control character. */
    static String escape(String text) {
        String t = text.replace("\\", "\\e").replace("-", "\\-");
        return t.startsWith(".") || t.startsWith("'") ? "\\&" + t : t;
    }
}
