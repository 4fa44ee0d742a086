package brief.ui.tui;

import brief.content.LoadedBriefing;
import brief.progress.ProgressStore;
import brief.quiz.QuizSession;
import java.io.IOException;
import java.util.List;
import java.util.function.LongSupplier;

/** Where the command line enters the full screen: home, a briefing's cards, or straight into a quiz. */
public final class Screens {
    private Screens() {}

    public static void home(List<LoadedBriefing> briefings, ProgressStore store, LongSupplier nanos, boolean colour)
            throws IOException {
        App app = new App(briefings, store, nanos, colour);
        FullScreen.run(app, new HomeView(app));
    }

    public static void cards(LoadedBriefing briefing, ProgressStore store, LongSupplier nanos, boolean colour)
            throws IOException {
        App app = new App(List.of(briefing), store, nanos, colour);
        FullScreen.run(app, new CardsView(app, briefing));
    }

    public static void quiz(LoadedBriefing briefing, QuizSession session, long seed, ProgressStore store,
                            LongSupplier nanos, boolean colour) throws IOException {
        quiz(briefing, session, seed, store, nanos, colour, null);
    }

    /** A quiz going on with the session {@code left} (null: a new one). */
    public static void quiz(LoadedBriefing briefing, QuizSession session, long seed, ProgressStore store,
                            LongSupplier nanos, boolean colour, brief.progress.Records.Session left) throws IOException {
        App app = new App(List.of(briefing), store, nanos, colour);
        FullScreen.run(app, new QuizView(app, session, seed, left));
    }
}
