package brief.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A build step: writes a digest of everything that goes into the jar (classes and resources, the stamp itself
 * aside) and of the build file that names its dependencies. The tool compares it to tell its own cached briefings from another build's; unlike the time of the build,
 * it is the same whenever the same sources are built, so the jar is reproducible.
 *
 * <p>Usage: {@code BuildStamp CLASSES STAMP [FILE...]}, STAMP being a path inside CLASSES; each FILE is digested too.
 */
public final class BuildStamp {
    private BuildStamp() {}

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        if (args.length < 2) throw new IllegalArgumentException("usage: BuildStamp CLASSES STAMP [FILE...]");
        Path classes = Path.of(args[0]).toAbsolutePath().normalize();
        Path stamp = Path.of(args[1]).toAbsolutePath().normalize();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.equals(stamp)).sorted().toList();
        }
        for (Path file : files) digest(digest, classes.relativize(file).toString().replace('\\', '/'), file);
        for (int i = 2; i < args.length; i++) digest(digest, Path.of(args[i]).getFileName().toString(), Path.of(args[i]));
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, HexFormat.of().formatHex(digest.digest()) + "\n", StandardCharsets.UTF_8);
    }

    private static void digest(MessageDigest digest, String shownName, Path file) throws IOException {
        // The name and the length first, so that moving bytes from one file to the next changes the digest.
        byte[] name = shownName.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Files.readAllBytes(file);
        digest.update((name.length + ":" + bytes.length + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(name);
        digest.update(bytes);
    }
}
