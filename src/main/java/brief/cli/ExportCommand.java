package brief.cli;

import brief.export.Anki;
import brief.export.Gift;
import brief.export.JsonExport;
import brief.model.Briefing;
import brief.model.Question;
import brief.quiz.QuizPlan;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export the briefing's questions for other tools.",
                "anki: Anki's text import format (import it again to update the same notes); gift: Moodle's GIFT "
                        + "format; json: the whole briefing with every question, derived ones included."})
final class ExportCommand extends OneBriefing {
    enum Target { anki, gift, json }

    @Option(names = "--to", paramLabel = "FORMAT", required = true, description = "anki, gift or json.")
    Target target;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        Briefing b = briefing().briefing();
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
