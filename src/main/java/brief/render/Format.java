package brief.render;

/** The forms the one-page briefing can be printed in. */
public enum Format {
    TEXT, MARKDOWN, HTML, PDF
}
