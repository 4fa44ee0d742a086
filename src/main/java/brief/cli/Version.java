package brief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of this build, written into the jar by Maven resource filtering. */
final class Version implements IVersionProvider {
    static String number() {
        return properties().getProperty("version", "unknown");
    }

    /** The version and when this build was made: what another build's cache must match. */
    static String build() {
        Properties p = properties();
        return p.getProperty("version", "unknown") + " " + p.getProperty("built", "unknown");
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
