package brief.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small tmpfs of a test's own: a disk that really fills up, or that really cannot be written. Needs root. */
final class SmallDisk implements AutoCloseable {
    private final Path at;

    private SmallDisk(Path at) {
        this.at = at;
    }

    /** A disk of {@code size} (as mount takes it: "4m") mounted at {@code at}, or null where mounting is not allowed. */
    static SmallDisk mount(Path at, String size) throws Exception {
        Files.createDirectories(at);
        return run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()) ? new SmallDisk(at) : null;
    }

    Path path() {
        return at;
    }

    /** Makes the disk read-only, or writable again (read-only stops root too, unlike file permissions); false if not allowed. */
    boolean readOnly(boolean readOnly) throws Exception {
        return run("mount", "-o", "remount," + (readOnly ? "ro" : "rw"), at.toString());
    }

    @Override
    public void close() throws Exception {
        run("umount", at.toString());
    }

    private static boolean run(String... command) throws Exception {
        return new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
    }
}
