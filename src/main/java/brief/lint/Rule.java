package brief.lint;

/**
 * The item-writing rules {@code brief validate} checks, after Haladyna, Downing and Rodriguez (2002), "A review
 * of multiple-choice item-writing guidelines for classroom assessment": each with a code and what to change.
 */
public enum Rule {
    LONGEST_RIGHT("longest-right", "make the options about equally long: shorten the right one or lengthen the wrong ones"),
    MIXED_FORM("mixed-form", "give every option the same form: amounts with amounts, years with years, names with names"),
    PROMPT_HAS_ANSWER("prompt-has-answer", "reword the prompt so it does not hold the answer or its distinctive words"),
    TITLE_HAS_ANSWER("title-has-answer", "retitle the card, or ask about something its title does not name"),
    SAME_FACT("same-fact", "ask each fact once: drop one of the two, or make it test another fact"),
    GIVES_AWAY("gives-away", "reword it so it does not state the other question's answer"),
    ALL_OR_NONE("all-or-none", "replace \"all/none of the above\" with a plausible option of its own"),
    NEGATIVE_STEM("negative-stem", "ask positively, or write the negative word in capitals (NOT, EXCEPT)"),
    HINT_HAS_ANSWER("hint-has-answer", "write a hint that narrows the answer down without stating it"),
    SAME_HINT("same-hint", "write a hint that helps with this question, or none");

    private final String code;
    private final String fix;

    Rule(String code, String fix) {
        this.code = code;
        this.fix = fix;
    }

    /** A stable name for the rule, shown in brackets after each warning. */
    public String code() {
        return code;
    }

    /** What to change so the rule holds. */
    public String fix() {
        return fix;
    }
}
