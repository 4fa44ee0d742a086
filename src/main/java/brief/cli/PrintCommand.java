package brief.cli;

import brief.model.Briefing;
import brief.render.Format;
import brief.render.Html;
import brief.render.Paper;
import brief.render.Pdf;
import brief.render.Markdown;
import brief.render.OnePage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "print", mixinStandardHelpOptions = true,
        description = "Print the one-page briefing: title and source, bottom line, key points, numbers to know, "
                + "who's who, quotes, outcomes, context and what to watch.")
final class PrintCommand implements Callable<Integer> {
    static final int DEFAULT_WIDTH = 80;
    static final int WIDEST_DEFAULT = 100;

    @Spec
    CommandSpec spec;

    @Mixin
    BriefingArgument briefing;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), markdown, html (one self-contained file that prints on one page), or pdf (one page; needs -o).")
    Format format;

    @Option(names = "--width", paramLabel = "N",
            description = "Columns for the text format (40-200). Default: 80, or the terminal's width up to 100.")
    Integer width;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Option(names = "--paper", paramLabel = "PAPER", defaultValue = "a4", description = "For PDF: a4 (default) or letter.")
    Paper paper;

    @Override
    public Integer call() {
        if (format == Format.PDF) return pdf();
        Briefing chosen = briefing.find(spec.commandLine().getErr()).briefing();
        String page;
        switch (format) {
            case MARKDOWN:
                page = Markdown.render(chosen);
                break;
            case HTML:
                page = Html.render(chosen);
                break;
            default:
                int columns = width != null ? width : defaultWidth();
                if (columns < OnePage.MIN_WIDTH || columns > OnePage.MAX_WIDTH) {
                    throw new UserException("--width must be between " + OnePage.MIN_WIDTH + " and "
                            + OnePage.MAX_WIDTH + ", not " + columns, "the page is designed for 80 columns");
                }
                page = OnePage.render(chosen, columns);
        }
        Output.write(spec, output, page);
        return ExitCode.OK;
    }

    private int pdf() {
        if (output == null) {
            throw new UserException("a PDF needs a file to go to", "brief print --format pdf -o briefing.pdf");
        }
        Briefing chosen = briefing.find(spec.commandLine().getErr()).briefing();
        byte[] pdf;
        try {
            pdf = Pdf.render(chosen, paper);
        } catch (Pdf.PdfException e) {
            throw new UserException(e.getMessage(), "the text, Markdown and HTML formats have no page limit");
        } catch (IOException e) {
            throw new UserException("cannot make the PDF: " + e.getMessage(), "print it as HTML instead");
        }
        Output.write(spec, output, pdf);
        return ExitCode.OK;
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
