package brief.quiz;

import java.time.Duration;

/**
 * One answer, with everything the progress store records about it.
 *
 * @param questionHash {@link brief.model.ContentHash} of the question as it was asked
 * @param response     what was answered, readable; empty for a skipped question
 * @param points       earned: difficulty × credit, halved when a hint was used
 * @param possible     the question's difficulty
 */
public record Answered(String questionId, String questionHash, String cardId, String response, double credit,
                       double points, int possible, boolean hintUsed, boolean skipped, Duration taken) {}
