package brief.ui.line;

import brief.content.BriefingLoader;
import brief.content.Library;
import brief.content.LoadedBriefing;
import brief.quiz.Presented;
import brief.quiz.QuizPlan;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** A short news briefing of this folder's own (a lake survey), with long prompts and options, two pairs to match. */
final class LakeBriefing {
    private LakeBriefing() {}

    static LoadedBriefing load() throws Exception {
        Path folder = folder();
        return Library.loadFile(new BriefingLoader(), folder, folder.resolve("lake.yaml"));
    }

    static Path folder() throws URISyntaxException {
        return Path.of(LakeBriefing.class.getResource("/line/lake.yaml").toURI()).getParent();
    }

    /** Every question, in the order a seed gives them. */
    static List<Presented> questions(LoadedBriefing b, long seed) throws QuizPlan.PlanException {
        return new QuizPlan(null, null, null, null, seed).questions(b.briefing());
    }
}
