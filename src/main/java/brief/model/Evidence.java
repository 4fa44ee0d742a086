package brief.model;

/** A passage of the source article, verbatim, that backs a statement. */
public record Evidence(String passage) {
    public Evidence {
        Checks.text(passage, "evidence");
    }
}
