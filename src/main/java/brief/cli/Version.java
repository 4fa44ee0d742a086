package brief.cli;

import brief.content.Resources;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of this build, written into the jar by Maven resource filtering, and the build's digest. */
final class Version implements IVersionProvider {
    static String number() {
        return properties().getProperty("version", "unknown");
    }

    /**
     * What tells this build's cached briefings from another's: the version and the digest of what the jar holds
     * (written by the build's BuildStamp). Empty when running from classes the build has not stamped.
     */
    static Optional<String> build() {
        byte[] stamp = Resources.read("brief/build.stamp", Integer.MAX_VALUE);
        if (stamp == null) return Optional.empty();
        return Optional.of(number() + " " + new String(stamp, StandardCharsets.UTF_8).strip());
    }

    private static Properties properties() {
        Properties p = new Properties();
        byte[] text = Resources.read("brief/version.properties", Integer.MAX_VALUE);
        try {
            if (text != null) p.load(new ByteArrayInputStream(text));
        } catch (IOException e) {
            // An unknown version, then.
        }
        return p;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"brief " + number(), "Java " + System.getProperty("java.version")};
    }
}
