package brief.model;

import java.util.Locale;
import java.util.Optional;

public enum QuestionType {
    CHOICE, MULTI, TRUEFALSE, CLOZE, NUMERIC, ORDER, MATCH;

    /** The word used in YAML's {@code type:}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<QuestionType> of(String word) {
        for (QuestionType t : values()) {
            if (t.word().equals(word)) return Optional.of(t);
        }
        return Optional.empty();
    }
}
