package brief.ui.line;

import brief.model.Item;
import brief.model.Option;
import brief.model.Pair;
import brief.model.Question;
import brief.progress.ProgressStore;
import brief.progress.QuizRecorder;
import brief.progress.Records;
import brief.quiz.AnswerParser;
import brief.quiz.Examples;
import brief.quiz.Feedback;
import brief.quiz.Presented;
import brief.quiz.QuizSession;
import brief.quiz.Scoreboard;
import brief.quiz.Summary;
import brief.quiz.Verdict;
import brief.render.Words;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/** The quiz one prompt at a time: answers by letter, number or text; ? help, h hint, s skip, q quit. */
public final class LineQuiz {
    static final String HELP = "Answer with a letter or number (b, 2) or the option written out, several for 'choose all' (a c), t/f for "
            + "true or false, text for a gap or a number, letters in order for an order question (c a b), "
            + "number-letter pairs for a match (1b 2a). Also: h hint (where one is offered; its cost is said with the question), s skip, q quit, ? this help.";

    private final LineIO io;
    private final ProgressStore store;
    private final LongSupplier nanos;
    private final Records.FrontEnd frontEnd;
    private QuizRecorder recorder;
    private boolean problemShown;

    public LineQuiz(LineIO io, ProgressStore store, LongSupplier nanos, Records.FrontEnd frontEnd) {
        this.io = io;
        this.store = store;
        this.nanos = nanos;
        this.frontEnd = frontEnd;
    }

    /** Runs the quiz, and retries of what was missed while the reader asks for them; returns the last summary. */
    public Summary run(QuizSession session, long seed) {
        return run(session, seed, null);
    }

    /** As {@link #run(QuizSession, long)}, going on with the session {@code left} (null: a new one). */
    public Summary run(QuizSession session, long seed, Records.Session left) {
        while (true) {
            Summary summary = runOnce(session, seed, left);
            left = null;
            if (session.quit() || summary.missed().isEmpty()) return summary;
            String again = io.read("r to retry the " + summary.missed().size() + " missed, Enter to finish: ");
            if (again == null || !again.strip().equalsIgnoreCase("r")) return summary;
            session = session.retry();
        }
    }

    private Summary runOnce(QuizSession session, long seed, Records.Session left) {
        recorder = left == null ? QuizRecorder.start(store, session, frontEnd, seed)
                : QuizRecorder.resume(store, session, frontEnd, left);
        saveFailed();
        io.println(session.briefing().title());
        io.println(Words.count(session.total(), "question") + ", " + Words.count(session.possible(), "point")
                + ". ? for help, q to quit.");
        try {
            while (!session.finished()) {
                if (!ask(session)) {
                    session.stop();
                }
            }
        } catch (LineIO.Interrupted e) {
            leftAfterCtrlC(session);
            throw e;
        }
        recorder.end();
        saveFailed();
        Summary summary = session.summary();
        printSummary(summary);
        return summary;
    }

    /** Asks the current question until it is answered or skipped; false when the reader quits. */
    private boolean ask(QuizSession session) {
        Presented shown = session.current();
        io.println();
        io.println(status(session));
        printQuestion(shown);
        session.hintOffer().ifPresent(h -> io.println("  (h for a hint: it " + h.costWords() + ")"));
        long started = nanos.getAsLong();
        while (true) {
            String line = io.read("> ");
            if (line == null) return false;
            String typed = line.strip();
            String command = typed.toLowerCase(Locale.ROOT);
            if (command.equals("q") || command.equals("quit")) return false;
            if (command.equals("?") || command.equals("help")) {
                io.println(HELP);
                continue;
            }
            if (command.equals("hint") || command.equals("h") && !isOptionLetter(shown, command)) {
                String hint = session.hint();
                io.println(hint == null ? "This question has no hint." : "Hint: " + hint);
                continue;
            }
            if (command.equals("skip") || command.equals("s") && !isOptionLetter(shown, command)) {
                show(session.skip(elapsed(started)));
                return true;
            }
            AnswerParser.Parsed parsed = AnswerParser.parse(shown, typed);
            if (!parsed.ok()) {
                io.println(parsed.problem());
                continue;
            }
            show(session.submit(parsed.response(), elapsed(started)));
            return true;
        }
    }

    /** With eight or more options, "h" is an option: there the hint is asked for as "hint". */
    private static boolean isOptionLetter(Presented shown, String letter) {
        int count = Math.max(shown.options().size(), Math.max(shown.items().size(), shown.rights().size()));
        return letter.charAt(0) - 'a' < count;
    }

    private Duration elapsed(long started) {
        return Duration.ofNanos(Math.max(0, nanos.getAsLong() - started));
    }

    /** Records the answer, then shows the feedback: what is shown has been saved. */
    private void show(Feedback f) {
        recorder.answered(f.answered());
        saveFailed();
        String points = f.verdict() == Verdict.SKIPPED ? "" : "  +" + Scoreboard.points(f.points()) + " of " + f.possible()
                + (f.hintUsed() ? " (hint used)" : "");
        io.println(f.verdict().symbol() + " " + f.verdict().word() + points);
        for (brief.quiz.Mark m : f.marks()) io.println("  " + m);
        if (f.typoForgiven()) io.println("  Accepted with a typo: the answer is \"" + f.rightAnswer() + "\".");
        if (f.verdict() != Verdict.RIGHT) io.println("  Answer: " + f.rightAnswer());
        for (String why : f.whys()) io.println("  " + why);
        io.println("  " + f.explain());
        io.println("  Evidence: “" + f.evidence() + "”");
        io.println("  Card: " + f.cardTitle());
    }

    /** Ctrl-C at a prompt: the session is ended as left, and the reader told what of it was kept. */
    private void leftAfterCtrlC(QuizSession session) {
        int asked = session.index();
        recorder.end();
        int saved = recorder.saved();
        io.println("Left after " + asked + " of " + Words.count(session.total(), "question") + "; "
                + (saved == 0 && asked > 0 ? "nothing saved" : Words.count(saved, "answer") + " saved") + ".");
        io.flush();
    }

    /** Says the first problem met while saving, once. */
    private void saveFailed() {
        if (problemShown || recorder.problem().isEmpty()) return;
        problemShown = true;
        io.println("! progress is not being saved: " + recorder.problem().get());
    }

    static String status(QuizSession s) {
        return Scoreboard.status(s, s.index() + 1, Scoreboard.Bar.ASCII) + "  · " + s.topic();
    }

    private void printQuestion(Presented shown) {
        Question q = shown.question();
        io.println(q.stem().prompt() + "  [" + Words.count(q.difficulty(), "point")
                + (q.stem().derived() ? ", derived" : "") + "]");
        q.accept(new Question.Visitor<Void>() {
            public Void choice(Question.Choice c) {
                options(shown.options());
                return null;
            }

            public Void multi(Question.Multi m) {
                io.println("  (choose all that apply, e.g. " + Examples.picks(shown.options().size()) + ")");
                options(shown.options());
                return null;
            }

            public Void trueFalse(Question.TrueFalse t) {
                io.println("  t) true   f) false");
                return null;
            }

            public Void cloze(Question.Cloze c) {
                io.println("  (type the missing word or words)");
                return null;
            }

            public Void numeric(Question.Numeric n) {
                io.println("  (a number" + (n.unit() == null ? "" : ", in " + n.unit()) + ")");
                return null;
            }

            public Void order(Question.Order o) {
                List<Item> items = shown.items();
                io.println("  (type the letters in the right order, e.g. " + Examples.order(items.size()) + ")");
                for (int i = 0; i < items.size(); i++) io.println("  " + Presented.letter(i) + ") " + items.get(i).text());
                return null;
            }

            public Void match(Question.Match m) {
                List<Pair> lefts = shown.lefts();
                io.println("  (pair each number with a letter, e.g. " + Examples.pairs(lefts.size()) + ")");
                List<Pair> rights = shown.rights();
                for (int i = 0; i < lefts.size(); i++) io.println("  " + (i + 1) + ") " + lefts.get(i).left());
                for (int i = 0; i < rights.size(); i++) io.println("  " + Presented.letter(i) + ") " + rights.get(i).right());
                return null;
            }
        });
    }

    private void options(List<Option> options) {
        for (int i = 0; i < options.size(); i++) io.println("  " + Presented.letter(i) + ") " + options.get(i).text());
    }

    private void printSummary(Summary s) {
        io.println();
        // Joined, not formatted: a quiz left before its first answer ends here, and need not set up a Formatter.
        io.println("Result: " + Scoreboard.points(s.points()) + " of " + Words.count(s.possible(), "point") + " ("
                + s.percent() + "%)"
                + (s.unanswered() > 0 ? ", " + Words.count(s.unanswered(), "question") + " not reached" : ""));
        if (!s.byCard().isEmpty()) io.println("By card:");
        for (Summary.Part p : s.byCard()) {
            io.println(String.format(Locale.ROOT, "  %s %3d%%  %s (%s of %d)", Scoreboard.bar(Scoreboard.share(p.points(),
                    p.possible()), 10, Scoreboard.Bar.ASCII), p.percent(), p.title(), Scoreboard.points(p.points()), p.possible()));
        }
        if (!s.byTopic().isEmpty()) io.println("By topic:");
        for (Summary.Part p : s.byTopic()) {
            io.println(String.format(Locale.ROOT, "  %3d%%  %s (%s of %d)", p.percent(), p.title(), Scoreboard.points(p.points()),
                    p.possible()));
        }
        if (!s.missed().isEmpty()) {
            io.println("Missed:");
            for (Summary.Asked a : s.missed()) {
                io.println("  " + a.feedback().verdict().symbol() + " " + a.shown().question().stem().prompt());
                io.println("      " + a.feedback().rightAnswer());
            }
            io.println("Review them later with: brief quiz --mistakes");
        }
        if (!store.saving()) store.warning().ifPresent(w -> io.println("! " + w));
        io.flush();
    }

}
