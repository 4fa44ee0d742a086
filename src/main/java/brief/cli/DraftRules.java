package brief.cli;

import brief.draft.Drafter;

/** The rules a drafted question must keep, for {@code brief draft} and for anything that drafts as it does. */
public final class DraftRules {
    /**
     * The item-writing rules that {@code brief validate} checks, and a quiz session's, which leaves out a question
     * whose answer another shows: then a drafted quiz asks every question it has.
     */
    public static final Drafter.QuestionRules RULES = (b, questions) -> brief.lint.ItemWriting.check(b, questions).size()
            + questions.size() - brief.quiz.SessionOrder.arrange(questions).size();

    private DraftRules() {}
}
