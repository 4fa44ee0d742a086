package brief.cli;

import java.io.IOException;
import java.io.InputStream;
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
        try (InputStream in = Version.class.getResourceAsStream("/brief/build.stamp")) {
            if (in == null) return Optional.empty();
            return Optional.of(number() + " " + new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/brief/version.properties")) {
            if (in != null) p.load(in);
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
