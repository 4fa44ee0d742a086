package brief.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short, stable fingerprint of a question's content: an edited question gets a new one, so answers
 * given to the old wording are not counted towards the new question's mastery.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Question question) {
        // Record toString is a deterministic rendering of every component (the model holds no sets or maps).
        return sha256(question.toString()).substring(0, 16);
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
