package brief.quiz;

import java.util.Locale;

/** What a session is for: only a quiz of the full default size or more sets a score. */
public enum SessionKind {
    /** A quiz: chosen by the scheduler, or of a card or topic. */
    QUIZ,
    /** Asking again, straight after a quiz, what it missed. */
    RETRY,
    /** {@code brief quiz --mistakes}: only what was missed last time. */
    MISTAKES,
    /** {@code brief review}: what is due, across briefings. */
    REVIEW;

    /** The word stored and shown: "quiz", "retry"... */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SessionKind of(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
