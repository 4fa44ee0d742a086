package brief.cli;

import brief.content.BriefingCache;
import brief.content.LoadedBriefing;
import brief.quiz.QuestionPool;

/** A briefing's pool of questions, read from the briefing cache when it was worked out before for this briefing. */
final class QuestionPools {
    private QuestionPools() {}

    static QuestionPool of(LoadedBriefing loaded) {
        BriefingCache cache = Briefings.cache();
        if (cache != null) {
            BriefingCache.Derived kept = cache.derived(loaded);
            QuestionPool pool = kept == null ? null : QuestionPool.restore(loaded.briefing(), kept.questions(), kept.pairs());
            if (pool != null) return pool;
        }
        QuestionPool pool = QuestionPool.of(loaded.briefing());
        if (cache != null) cache.keepDerived(loaded, new BriefingCache.Derived(pool.derived(), pool.pairs()));
        return pool;
    }
}
