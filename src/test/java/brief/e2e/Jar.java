package brief.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built jar, run as a user runs it: a separate process with its own folder and environment. */
final class Jar {
    static final Path JAR = Path.of(System.getProperty("brief.jar", "target/brief.jar")).toAbsolutePath();
    static final Path ROOT = Path.of(System.getProperty("brief.root", ".")).toAbsolutePath();

    record Result(int exitCode, String out, String err) {}

    private Jar() {}

    static Result run(Path workingDir, Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile());
        // Only the folders the test names: none of the build's shared test folders leaks into a run.
        pb.environment().keySet().removeAll(List.of("BRIEF_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"));
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        var out = p.getInputStream();
        var err = p.getErrorStream();
        var errText = new java.util.concurrent.CompletableFuture<String>();
        new Thread(() -> {
            try {
                errText.complete(new String(err.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                errText.complete("");
            }
        }).start();
        String outText = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("brief did not finish: " + command);
        }
        return new Result(p.exitValue(), outText, errText.join());
    }
}
