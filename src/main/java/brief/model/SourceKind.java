package brief.model;

import java.util.Locale;

/** What kind of piece the source article is, so the reader can weigh it. */
public enum SourceKind {
    NEWS, OPINION, ANALYSIS, TRANSCRIPT;

    /** The word used in YAML and shown to readers. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
