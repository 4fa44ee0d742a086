package brief.content;

import brief.model.Briefing;
import brief.model.Question;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Briefings already loaded and checked, kept so that the next run need not parse and check them again: reading
 * the YAML is most of the time a command spends before it shows anything. An entry is used only when the
 * briefing file and its article are byte for byte what they were, and the build of brief is the same; anything
 * else, an entry damaged on disk included (each carries a checksum), means loading from YAML as if there were no
 * cache.
 *
 * <p>One entry per place a briefing is loaded from, so the cache holds as many entries as there are files.
 */
public final class BriefingCache {
    private static final byte[] MAGIC = "brief-cache\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DERIVED = "brief-derived\n".getBytes(StandardCharsets.US_ASCII);

    private final Path folder;
    private final String build;

    /** A cache in {@code folder}, for the build of brief named by {@code build}. */
    public BriefingCache(Path folder, String build) {
        this.folder = folder;
        this.build = build;
    }

    /** The briefing as it was loaded before from these very bytes and article, or null. */
    LoadedBriefing find(String location, byte[] yaml, BriefingLoader.ArticleReader articles) {
        byte[] entry;
        try {
            Path file = file(location);
            if (!Files.isRegularFile(file)) return null;
            entry = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            int end = entry.length - Long.BYTES;
            if (end < MAGIC.length || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                    || ByteBuffer.wrap(entry, end, Long.BYTES).getLong() != checksum(entry, MAGIC.length, end)) {
                return null;
            }
            BriefingCodec.In in = new BriefingCodec.In(Arrays.copyOfRange(entry, MAGIC.length, end));
            if (in.number() != BriefingCodec.FORMAT || !build.equals(in.string()) || !location.equals(in.string())
                    || !Arrays.equals(yaml, in.bytes())) {
                return null;
            }
            String articleText = in.string();
            int evidenceChecked = in.number();
            Briefing briefing = in.briefing();
            Article article = articles.read(briefing.source().path());
            if (!article.text().equals(articleText)) return null;
            return new LoadedBriefing(briefing, article, location, evidenceChecked);
        } catch (IOException | ContentException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps a briefing just loaded from {@code yaml}; a cache that cannot be written is left as it is. */
    void keep(byte[] yaml, LoadedBriefing loaded) {
        try {
            byte[] body = new BriefingCodec.Out().number(BriefingCodec.FORMAT).string(build).string(loaded.location())
                    .bytes(yaml).string(loaded.article().text()).number(loaded.evidenceChecked())
                    .briefing(loaded.briefing()).toByteArray();
            write(file(loaded.location()), MAGIC, body);
        } catch (IOException | RuntimeException e) {
            // Without the entry the next run loads from YAML, as it would without a cache.
        }
    }

    /**
     * What a quiz works out from a briefing before its first question: the questions derived from it, and the
     * relations of every pair of questions (opaque here), or null when they were not all worked out.
     */
    public record Derived(List<Question> questions, byte[] pairs) {}

    /**
     * What {@link #keepDerived} kept for this very briefing, by this build, or null: the entry holds the briefing it
     * was worked out from, and is used only when that is the briefing now loaded, field for field.
     */
    public Derived derived(LoadedBriefing loaded) {
        try {
            Path file = derivedFile(loaded.location());
            if (!Files.isRegularFile(file)) return null;
            byte[] entry = Files.readAllBytes(file);
            int end = entry.length - Long.BYTES;
            if (end < DERIVED.length || !Arrays.equals(entry, 0, DERIVED.length, DERIVED, 0, DERIVED.length)
                    || ByteBuffer.wrap(entry, end, Long.BYTES).getLong() != checksum(entry, DERIVED.length, end)) {
                return null;
            }
            BriefingCodec.In in = new BriefingCodec.In(Arrays.copyOfRange(entry, DERIVED.length, end));
            if (in.number() != BriefingCodec.FORMAT || !build.equals(in.string()) || !loaded.location().equals(in.string())
                    || !Arrays.equals(in.bytes(), new BriefingCodec.Out().briefing(loaded.briefing()).toByteArray())) {
                return null;
            }
            int n = in.number();
            if (n < 0 || n > entry.length) return null;
            List<Question> questions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) questions.add(in.question());
            byte[] pairs = in.number() == 1 ? in.bytes() : null;
            return new Derived(questions, pairs);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Keeps what a quiz worked out from a briefing; a cache that cannot be written is left as it is. */
    public void keepDerived(LoadedBriefing loaded, Derived derived) {
        try {
            BriefingCodec.Out out = new BriefingCodec.Out().number(BriefingCodec.FORMAT).string(build)
                    .string(loaded.location()).bytes(new BriefingCodec.Out().briefing(loaded.briefing()).toByteArray())
                    .number(derived.questions().size());
            for (Question q : derived.questions()) out.question(q);
            if (derived.pairs() == null) out.number(0);
            else out.number(1).bytes(derived.pairs());
            write(derivedFile(loaded.location()), DERIVED, out.toByteArray());
        } catch (IOException | RuntimeException e) {
            // Without the entry the next quiz works it out again, as it would without a cache.
        }
    }

    private void write(Path file, byte[] magic, byte[] body) throws IOException {
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, file.getFileName().toString(), ".part");
        try {
            Files.write(part, ByteBuffer.allocate(magic.length + body.length + Long.BYTES).put(magic).put(body)
                    .putLong(checksum(body, 0, body.length)).array());
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Catches an entry damaged on disk, which could otherwise decode into a slightly different briefing. */
    private static long checksum(byte[] bytes, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, to - from);
        return crc.getValue();
    }

    private Path file(String location) {
        return folder.resolve("briefing-" + hex(crc(location)) + ".bin");
    }

    private Path derivedFile(String location) {
        return folder.resolve("derived-" + hex(crc(location)) + ".bin");
    }

    /** As %08x, without setting up a Formatter on every command's way to its briefing. */
    private static String hex(long crc) {
        String hex = Long.toHexString(crc & 0xffffffffL);
        return "0".repeat(8 - hex.length()) + hex;
    }

    private static long crc(String location) {
        CRC32 crc = new CRC32();
        crc.update(location.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
