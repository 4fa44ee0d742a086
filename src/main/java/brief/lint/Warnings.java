package brief.lint;

import brief.content.Problem;
import brief.model.Briefing;
import java.util.ArrayList;
import java.util.List;

/** The item-writing findings of a briefing as {@code file:line:col} warnings, each with what to change. */
public final class Warnings {
    private Warnings() {}

    /** The warnings for a briefing loaded from {@code file}, whose text is {@code yaml}. */
    public static List<Problem> of(String file, String yaml, Briefing b) {
        Positions positions = Positions.of(yaml);
        List<Problem> out = new ArrayList<>();
        for (Finding f : ItemWriting.check(b)) {
            Positions.At at = positions.of(f);
            String derived = f.section().equals("questions") ? "question " + f.question()
                    : "derived question " + f.question();
            out.add(new Problem(file, at == null ? 0 : at.line(), at == null ? 0 : at.column(),
                    "warning: " + derived + ": " + f.message() + " [" + f.rule().code() + "]", f.rule().fix()));
        }
        return out;
    }
}
