package brief.model;

/**
 * The article a briefing is built from.
 *
 * @param path        the article's text file, relative to the briefing file
 * @param published   the date as precisely as known ("2026-01", "2026-01-05"), or null
 * @param perspective whose viewpoint the piece takes
 */
public record Source(String path, String title, String outlet, SourceKind kind, String published, String perspective) {
    public Source {
        Checks.text(path, "source.path");
        Checks.text(title, "source.title");
        Checks.text(outlet, "source.outlet");
        java.util.Objects.requireNonNull(kind, "source.kind");
        published = Checks.optional(published);
        Checks.text(perspective, "source.perspective");
    }
}
