package brief.lint;

import java.util.Locale;

/**
 * The item-writing rules {@code brief validate} checks, after Haladyna, Downing and Rodriguez (2002), "A review
 * of multiple-choice item-writing guidelines for classroom assessment": each with a code and what to change.
 */
public enum Rule {
    LONGEST_RIGHT("make the options about equally long: shorten the right one or lengthen the wrong ones"),
    MIXED_FORM("give every option the same form: amounts with amounts, years with years, names with names"),
    PROMPT_HAS_ANSWER("reword the prompt so it does not hold the answer or its distinctive words"),
    TITLE_HAS_ANSWER("retitle the card, or ask about something its title does not name"),
    SAME_FACT("ask each fact once: drop one of the two, or make it test another fact"),
    GIVES_AWAY("reword it so it does not state the other question's answer"),
    ALL_OR_NONE("replace \"all/none of the above\" with a plausible option of its own"),
    NEGATIVE_STEM("ask positively, or write the negative word in capitals (NOT, EXCEPT)"),
    HINT_HAS_ANSWER("write a hint that narrows the answer down without stating it"),
    SAME_HINT("write a hint that helps with this question, or none");

    private final String fix;

    Rule(String fix) {
        this.fix = fix;
    }

    /** A stable name for the rule, shown in brackets after each warning: its constant's name, as a word. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** What to change so the rule holds. */
    public String fix() {
        return fix;
    }
}
