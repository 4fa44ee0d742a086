package brief.content;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Files that ship inside brief (its build stamp, the built-in briefings). Run from its jar, they are read from
 * the jar directly: the class loader's lookup would first search the JDK's modules and set up URL handlers, which
 * costs a command's start-up several milliseconds. Run from classes (tests), the class loader finds them.
 */
public final class Resources {
    private static final ZipFile JAR = jar();

    private Resources() {}

    /** The bytes of the resource {@code name} (no leading slash), at most {@code limit} of them; null if none. */
    public static byte[] read(String name, int limit) {
        try (InputStream in = open(name)) {
            return in == null ? null : in.readNBytes(limit);
        } catch (IOException e) {
            return null;
        }
    }

    private static InputStream open(String name) throws IOException {
        if (JAR == null) return Resources.class.getClassLoader().getResourceAsStream(name);
        ZipEntry entry = JAR.getEntry(name);
        return entry == null ? null : JAR.getInputStream(entry);
    }

    /** The jar brief runs from, when the class path is that jar alone (as with java -jar). */
    private static ZipFile jar() {
        String path = System.getProperty("java.class.path", "");
        if (!path.endsWith(".jar") || path.contains(File.pathSeparator)) return null;
        try {
            return new ZipFile(path);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
