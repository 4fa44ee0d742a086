package brief.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of this build, written into the jar by Maven resource filtering. */
final class Version implements IVersionProvider {
    static String number() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/brief/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"brief " + number(), "Java " + System.getProperty("java.version")};
    }
}
