package brief.content;

import java.util.List;

/** A briefing that cannot be used, with every problem found in it. */
public final class ContentException extends Exception {
    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid briefing" : problems.get(0).toString()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public ContentException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
