package brief.cli;

import brief.content.Problem;
import brief.content.Validation;
import brief.draft.Draft;
import brief.draft.Drafter;
import brief.draft.Input;
import brief.draft.Language;
import brief.draft.WebPage;
import brief.draft.YamlOut;
import brief.model.Briefing;
import brief.model.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "draft", mixinStandardHelpOptions = true,
        description = {"Turn an article (plain text, Markdown, or a web page saved as HTML) into a draft briefing "
                + "that validates as it is: source, lead, bottom line, cards of points labelled fact, claim or "
                + "opinion, figures, people, organizations, quotes, a timeline and questions of every type.",
                "The article's text is saved in seeds/ beside the briefings folder, so that every evidence passage "
                + "can be checked. Lines marked '# check:' say where to look first."})
final class DraftCommand implements Callable<Integer> {
    private static final int MAX_BYTES = 4 * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", description = "The article: a .txt, .md or .html file, or - for standard input.")
    String article;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the briefing (default: briefings/ID.yaml).")
    Path output;

    @Option(names = "--id", paramLabel = "ID", description = "The briefing's id (default: made from the headline).")
    String id;

    @Option(names = "--kind", paramLabel = "KIND", description = "news, opinion, analysis or transcript (default: read from the article).")
    SourceKind kind;

    @Option(names = "--force", description = "Overwrite a briefing or article file that exists.")
    boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String name = article.equals("-") ? "standard input" : article;
        String text = decode(read(), name);
        Input input = switch (Input.Format.of(article, text)) {
            case HTML -> WebPage.read(text);
            case MARKDOWN -> Input.markdown(text);
            case TEXT -> Input.plainText(text);
        };
        if (input.paragraphs().isEmpty()) throw new UserException(name + " has no text to draft from");
        for (int i = 0; i < input.plain().length(); i++) {
            char c = input.plain().charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
                throw new UserException(String.format("%s has the control character U+%04X", brief.content.Safe.clean(name), (int) c),
                        "remove it: control characters and terminal escape sequences are not allowed in an article");
            }
        }
        String briefingId = id != null ? id : brief.draft.Drafts.idFor(input.headline(), input.plain());
        if (!brief.model.Checks.isSlug(briefingId)) {
            throw new UserException("--id '" + brief.content.Safe.clean(briefingId) + "' is not an id",
                    "use lower-case letters, digits and - _ .");
        }
        Path file = output != null ? output : Path.of("briefings", briefingId + ".yaml");
        Placement place = Placement.of(file, article, Input.Format.of(article, text), briefingId);
        refuseOverwrite(file);
        if (place.copy() != null && Files.exists(place.copy()) && !sameText(place.copy(), input.plain())) refuseOverwrite(place.copy());
        Language language;
        try {
            language = Language.english();
        } catch (IOException e) {
            throw new UserException(e.getMessage(), "the build of brief is incomplete: rebuild it");
        }
        Draft draft;
        try {
            draft = Drafter.draft(input, language, briefingId, place.sourcePath(), kind, DraftRules.RULES);
        } catch (IllegalArgumentException e) {
            throw new UserException("cannot draft " + name + ": " + e.getMessage(), "give a longer article");
        }
        write(place.copy(), input.plain());
        write(file, YamlOut.write(draft, place.copy() != null ? place.copy().getFileName().toString() : name));
        report(out, file, place, draft);
        return ExitCode.OK;
    }

    private void report(PrintWriter out, Path file, Placement place, Draft draft) {
        Briefing b = draft.briefing();
        out.println("Wrote " + file + (place.copy() != null ? " and the article's text to " + place.copy() : "") + ":");
        out.println("  " + count(b.cards().size(), "card") + " of "
                + count(b.cards().stream().mapToInt(c -> c.points().size()).sum(), "point") + ", "
                + count(b.figures().size(), "figure") + ", " + (b.people().size() == 1 ? "1 person" : b.people().size() + " people") + ", "
                + count(b.organizations().size(), "organization") + ", " + count(b.quotes().size(), "quote")
                + ", " + (b.timeline().size() == 1 ? "1 timeline entry" : b.timeline().size() + " timeline entries") + ", " + count(b.questions().size(), "question"));
        List<Validation.Checked> checked = Validation.check(List.of(file));
        for (Validation.Checked c : checked) for (Problem p : c.problems()) out.println(p);
        if (checked.stream().allMatch(Validation.Checked::ok)) out.println("It validates as it is. Check first:");
        for (String f : draft.first()) out.println("  - " + f);
        out.println("  - the lines marked '# check:' in " + file);
        out.println("Then: brief validate --coverage " + file + "   (what of the article nothing cites)");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private byte[] read() {
        try (InputStream in = article.equals("-") ? System.in : Files.newInputStream(Path.of(article))) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) throw new UserException("the article is too large (over 4 MiB)");
            return bytes;
        } catch (java.nio.file.NoSuchFileException e) {
            throw new UserException("no such file: " + brief.content.Safe.clean(article), "give the path of a .txt, .md or .html file");
        } catch (IOException e) {
            throw new UserException("cannot read " + brief.content.Safe.clean(article) + ": " + e.getMessage());
        }
    }

    private static String decode(byte[] bytes, String name) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UserException(brief.content.Safe.clean(name) + " is not UTF-8 text", "save the article as UTF-8");
        }
    }

    private void refuseOverwrite(Path file) {
        if (Files.exists(file) && !force) {
            throw new UserException(file + " exists", "add --force to overwrite it, or choose another file with -o");
        }
    }

    private static boolean sameText(Path file, String text) {
        try {
            return Files.readString(file).equals(text);
        } catch (IOException e) {
            return false;
        }
    }

    private static void write(Path file, String text) {
        if (file == null) return;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UserException("cannot write " + file + ": " + e.getMessage(), "check that the folder is writable");
        }
    }

    /** Where the article's text goes (null when it is already where a briefing may cite it) and its path as cited. */
    record Placement(Path copy, String sourcePath) {
        static Placement of(Path briefing, String article, Input.Format format, String id) {
            Path folder = briefing.toAbsolutePath().normalize().getParent();
            Path seeds = folder.getFileName() != null && folder.getFileName().toString().equals("briefings")
                    ? folder.resolveSibling("seeds") : folder;
            if (!article.equals("-") && format == Input.Format.TEXT) {
                Path given = Path.of(article).toAbsolutePath().normalize();
                if (given.startsWith(folder) || given.startsWith(folder.resolveSibling("seeds"))) {
                    return new Placement(null, folder.relativize(given).toString());
                }
            }
            Path copy = seeds.resolve(id + ".txt");
            Path shown = briefing.toAbsolutePath().normalize().getParent().equals(Path.of("").toAbsolutePath().resolve("briefings"))
                    ? Path.of("seeds", id + ".txt") : copy;
            return new Placement(shown, folder.relativize(copy).toString());
        }
    }
}
