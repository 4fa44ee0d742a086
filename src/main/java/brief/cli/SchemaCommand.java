package brief.cli;

import brief.content.Schema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema of the briefing format.",
                "Save it and point your editor's YAML plugin at it to complete and check briefings as you type, e.g. "
                        + "a first line '# yaml-language-server: $schema=briefing.schema.json'."})
final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(Schema.text());
        return ExitCode.OK;
    }
}
