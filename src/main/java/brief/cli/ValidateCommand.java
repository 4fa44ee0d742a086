package brief.cli;

import brief.content.Problem;
import brief.content.Validation;
import brief.render.Words;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check briefing files: the format, the references between items, and that every "
                + "evidence passage and quote occurs in the article.",
                "Every problem is printed as file:line:col: message. Exit code 1 when there is any."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Briefing files or folders (default: ./briefings).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Item-writing warnings (see the README's question rules) are errors.")
    boolean strict;

    @Option(names = "--coverage",
            description = "Also show, for each paragraph of each article, how much of it the briefing cites, and the paragraphs nothing cites.")
    boolean coverage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> targets = paths;
        if (targets.isEmpty()) {
            if (!Files.isDirectory(Path.of("briefings"))) {
                throw new UserException("nothing to validate: no PATH given and no ./briefings folder",
                        "brief validate FILE.yaml or brief validate FOLDER");
            }
            targets = List.of(Path.of("briefings"));
        }
        List<Validation.Checked> results = Validation.check(targets);
        int problems = 0;
        int cards = 0;
        int questions = 0;
        int evidence = 0;
        int warnings = 0;
        for (Validation.Checked c : results) {
            for (Problem p : c.problems()) {
                out.println(p);
                if (p.hint() != null) out.println("  hint: " + p.hint());
                problems++;
            }
            if (c.briefing() != null && coverage) {
                out.print(brief.content.Coverage.report(c.file(),
                        brief.content.Coverage.of(c.briefing().briefing(), c.briefing().article())));
            }
            if (c.briefing() != null) {
                warnings += ItemWarnings.print(out, c.briefing());
                cards += c.briefing().briefing().cards().size();
                questions += c.briefing().briefing().questions().size();
                evidence += c.briefing().evidenceChecked();
            }
        }
        long ok = results.stream().filter(Validation.Checked::ok).count();
        out.printf("%s checked: %d valid, %d with problems (%s, %s%s); %s, %s, %s found in their articles%n",
                Words.count(results.size(), "file"), ok, results.size() - ok, Words.count(problems, "problem"),
                Words.count(warnings, "warning"), strict && warnings > 0 ? ", errors with --strict" : "",
                Words.count(cards, "card"), Words.count(questions, "question"),
                Words.count(evidence, "evidence passage"));
        return problems == 0 && !(strict && warnings > 0) ? ExitCode.OK : ExitCode.USER_ERROR;
    }
}
