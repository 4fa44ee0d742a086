package brief.progress;

import brief.quiz.Answered;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A process that records answers as fast as it can, printing each question id once its answer is committed;
 * tests kill it at a random moment and check that every printed answer survived.
 */
public final class AnswerWriter {
    public static void main(String[] args) throws Exception {
        try (ProgressStore store = ProgressStore.open(Path.of(args[0]), java.time.Clock.systemUTC())) {
            long session = store.startSession("b", brief.quiz.SessionKind.QUIZ, brief.progress.Records.FrontEnd.PLAIN, 1, Plans.of(1));
            for (int i = 0; ; i++) {
                store.recordAnswer(session, "b", answer("q" + i));
                System.out.println("q" + i);
                System.out.flush();
            }
        }
    }

    static Answered answer(String question) {
        return new Answered(question, "hash", "card", "a", 1, 1, 1, false, false, Duration.ofMillis(5));
    }
}
