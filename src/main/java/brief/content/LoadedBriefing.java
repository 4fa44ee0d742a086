package brief.content;

import brief.model.Briefing;

/**
 * A briefing ready to use, with the article its evidence comes from.
 *
 * @param location         where it was loaded from: a file path, or {@code builtin:NAME}
 * @param evidenceChecked  how many evidence passages and quotes were found in the article
 */
public record LoadedBriefing(Briefing briefing, Article article, String location, int evidenceChecked) {
    public boolean builtin() {
        return location.startsWith(Library.BUILTIN_PREFIX);
    }
}
