package brief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Where a command's document goes: standard output, or the file named with -o. */
final class Output {
    private Output() {}

    static void write(CommandSpec spec, Path file, byte[] document) {
        write(spec.commandLine().getOut(), spec.commandLine().getErr(), file, document);
    }

    static void write(PrintWriter out, PrintWriter err, Path file, byte[] document) {
        if (file == null) {
            out.print(new String(document, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        try {
            Files.write(file, document);
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": " + e.getMessage(), "check that the folder exists and is writable");
        }
        err.println("brief: wrote " + file);
    }

    static void write(CommandSpec spec, Path file, String document) {
        write(spec, file, document.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
