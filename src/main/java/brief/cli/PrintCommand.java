package brief.cli;

import brief.model.Briefing;
import brief.render.Format;
import brief.render.Html;
import brief.render.Paper;
import brief.render.Pdf;
import brief.render.Markdown;
import brief.render.OnePage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Print the one-page briefing: title and source, bottom line, key points, numbers to know, "
                + "who's who, quotes, outcomes, context and what to watch.")
final class PrintCommand extends OneBriefing implements Direct.Command {
    static final int DEFAULT_WIDTH = 80;
    static final int WIDEST_DEFAULT = 100;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown, html (one self-contained file that prints on one page), or pdf (one page; needs -o).")
    Format format;

    @Option(names = "--width", paramLabel = "N", converter = Ranges.PageWidth.class,
            description = "Columns for the text format (40-200). Default: 80, or the terminal's width up to 100.")
    Integer width;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a4", description = "For PDF: a4 (default) or letter.")
    Paper paper;

    @Override
    public int run(PrintWriter out, PrintWriter err) {
        streams(out, err);
        return call();
    }

    @Override
    public Integer call() {
        if (format == Format.PDF && output == null) {
            throw new UserException("a PDF needs a file to go to", "brief print --format pdf -o briefing.pdf");
        }
        Briefing chosen = briefing().briefing();
        byte[] document = switch (format) {
            case TEXT -> utf8(OnePage.render(chosen, width != null ? width : defaultWidth()));
            case MARKDOWN -> utf8(Markdown.render(chosen));
            case HTML -> utf8(Html.render(chosen));
            case PDF -> pdf(chosen);
        };
        Output.write(out(), err(), output, document);
        return ExitCode.OK;
    }

    private static byte[] utf8(String page) {
        return page.getBytes(StandardCharsets.UTF_8);
    }

    /** The PDF, in a method of its own so that the other formats never load the PDF renderer. */
    private byte[] pdf(Briefing chosen) {
        try {
            return Pdf.render(chosen, paper);
        } catch (Pdf.PdfException e) {
            throw new UserException(e.getMessage(), "the text, Markdown and HTML formats have no page limit");
        } catch (IOException e) {
            throw new UserException("cannot make the PDF: " + e.getMessage(), "print it as HTML instead");
        }
    }

    /** 80 columns, or the terminal's width (from COLUMNS, which the launcher sets) when it is narrower or up to 100. */
    private int defaultWidth() {
        if (output != null || !Terminals.interactive()) return DEFAULT_WIDTH;
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return Math.max(OnePage.MIN_WIDTH, Math.min(columns, WIDEST_DEFAULT));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }
}
