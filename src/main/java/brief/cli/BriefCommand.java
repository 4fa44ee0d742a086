package brief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top-level command: {@code brief} alone shows the home screen on a terminal, the list otherwise. */
@Command(name = "brief",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Turns a news article into a one-page briefing, briefing cards and a scored quiz.",
        subcommands = {ListCommand.class, CardsCommand.class, QuizCommand.class, PrintCommand.class, StatsCommand.class,
                ValidateCommand.class, SchemaCommand.class})
final class BriefCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show stack traces of errors.")
    boolean debug;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
