package brief.cli;

import brief.export.Anki;
import brief.export.Gift;
import brief.export.JsonExport;
import brief.model.Briefing;
import brief.model.Question;
import brief.quiz.QuizPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the briefing's questions for other tools.",
                "anki: Anki's text import format (import it again to update the same notes); gift: Moodle's GIFT "
                        + "format; json: the whole briefing with every question, derived ones included."})
final class ExportCommand implements Callable<Integer> {
    enum Target { anki, gift, json }

    @Spec
    CommandSpec spec;

    @Mixin
    BriefingArgument briefing;

    @ParentCommand
    BriefCommand top;

    @Option(names = "--to", paramLabel = "FORMAT", required = true, description = "anki, gift or json.")
    Target target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        Briefing b = briefing.find(top, spec.commandLine().getErr()).briefing();
        List<Question> questions = QuizPlan.allQuestions(b);
        String text = switch (target) {
            case anki -> Anki.export(b, questions);
            case gift -> Gift.export(b, questions);
            case json -> JsonExport.export(b, questions);
        };
        Output.write(spec, output, text);
        return ExitCode.OK;
    }
}
