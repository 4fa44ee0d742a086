package brief.ui.tui;

import brief.model.Card;
import brief.model.Question;
import brief.quiz.Feedback;
import brief.quiz.QuizSession;
import brief.quiz.Scoreboard;
import brief.quiz.Summary;
import brief.quiz.Verdict;
import brief.render.Words;
import java.util.Locale;

/**
 * Where a quiz screen is: asking a question, showing the feedback on an answer, showing the results, or
 * asking the reader to confirm something over one of these. Each state lays out its rows and names its keys.
 */
sealed interface QuizState {
    /** The rows under the status line, on a page of {@code width}; text keeps to a column easy to read. */
    default Page page(QuizView quiz, int width) {
        Page page = new Page(width);
        layOut(quiz, page, Math.min(width - 4, 110));
        return page;
    }

    /** Lays this state's rows out on {@code page}, text wrapped at {@code w} columns. */
    void layOut(QuizView quiz, Page page, int w);

    /** The keys of this state; they answer the keys and make the help and the footer. */
    KeyTable keys(QuizView quiz);

    /** The question the status line counts: the last one answered, unless one is being asked. */
    default int number(QuizSession s) {
        return s.index();
    }

    /** The state as the next key finds it: notes about the last key are gone. */
    default QuizState settled() {
        return this;
    }

    /** A line to show over the bottom of the screen, or null. */
    default String banner() {
        return null;
    }

    /**
     * A question being answered.
     *
     * @param started  when it was shown ({@link App#nanos()})
     * @param hint     the hint, once asked for
     * @param problem  why the last answer could not be taken, until the next key
     * @param hintNew  whether the hint was asked for by the last key (then it is scrolled into sight)
     */
    record Asking(AnswerInput input, long started, String hint, String problem, boolean hintNew) implements QuizState {
        Asking(AnswerInput input, long started) {
            this(input, started, null, null, false);
        }

        Asking withHint(String h) {
            return new Asking(input, started, h, null, true);
        }

        Asking withProblem(String p) {
            return new Asking(input, started, hint, p, false);
        }

        @Override
        public QuizState settled() {
            return problem == null && !hintNew ? this : new Asking(input, started, hint, null, false);
        }

        @Override
        public int number(QuizSession s) {
            return s.index() + 1;
        }

        @Override
        public void layOut(QuizView quiz, Page page, int w) {
            QuizSession s = quiz.session();
            Question q = s.current().question();
            String topic = s.briefing().card(q.card()).map(Card::topic).orElse("");
            String worth = Words.count(q.difficulty(), "point") + (s.hintUsed() ? ", less the hint's cost"
                    : s.hintOffer().map(h -> " · a hint costs " + h.share()).orElse(""));
            page.wrapped(2, w, topic.isEmpty() ? worth : topic + " · " + worth, Canvas.Style.DIM, "", "");
            page.wrapped(2, w, q.stem().prompt(), Canvas.Style.BOLD, "", "");
            page.blank();
            if (input.how() != null) page.wrapped(2, w, input.how(), Canvas.Style.DIM, "", "");
            input.draw(page, 2);
            if (hint != null) {
                int from = page.blank().size();
                page.wrapped(2, w, "Hint: " + hint, Canvas.Style.PARTLY, "", "      ");
                if (hintNew) page.focus(from, page.size());
            }
            if (problem != null) {
                int from = page.blank().size();
                page.wrapped(2, w, problem, Canvas.Style.BAD, "", "");
                page.focus(from, page.size());
            }
        }

        @Override
        public KeyTable keys(QuizView quiz) {
            KeyTable t = new KeyTable();
            input.keys(t, quiz.answer(this));
            t.stay("a hint (its cost is shown with the question)", "hint",
                    () -> quiz.become(withHint(java.util.Objects.requireNonNullElse(quiz.session().hint(),
                            "This question has no hint."))),
                    Key.chr('h'), Key.TAB);
            t.stay("skip this question", "skip", () -> quiz.skip(this), Key.chr('s'), Key.ctrl('n'));
            t.stay("leave the quiz (asks first)", "leave", quiz::askToLeave, Key.chr('q'), Key.ESC);
            return quiz.scroll().keys(t, false);
        }
    }

    /** The feedback on the answer just given (and saved). */
    record Answered(Feedback feedback) implements QuizState {
        @Override
        public void layOut(QuizView quiz, Page page, int w) {
            Feedback f = feedback;
            Canvas.Style style = f.verdict() == Verdict.RIGHT ? Canvas.Style.GOOD
                    : f.verdict() == Verdict.PARTLY ? Canvas.Style.PARTLY : Canvas.Style.BAD;
            String points = f.verdict() == Verdict.SKIPPED ? "" : "   +" + Scoreboard.points(f.points()) + " of " + f.possible()
                    + (f.hintUsed() ? " (hint used)" : "");
            page.wrapped(2, w, f.verdict().symbol() + " " + f.verdict().word() + points, style, "", "  ");
            for (brief.quiz.Mark m : f.marks()) {
                page.wrapped(2, w, m.toString(), m.right() ? Canvas.Style.GOOD : Canvas.Style.BAD, "", "  ");
            }
            page.blank();
            page.wrapped(2, w, quiz.session().briefing().card(f.answered().cardId()).map(Card::title).orElse(""),
                    Canvas.Style.DIM, "", "");
            if (f.typoForgiven()) {
                page.wrapped(2, w, "Accepted with a typo: the answer is “" + f.rightAnswer() + "”.", Canvas.Style.PARTLY, "", "");
            }
            if (f.verdict() != Verdict.RIGHT) page.wrapped(2, w, "Answer: " + f.rightAnswer(), Canvas.Style.BOLD, "", "        ");
            for (String why : f.whys()) page.wrapped(2, w, why, Canvas.Style.PLAIN, "• ", "  ");
            page.blank();
            page.wrapped(2, w, f.explain(), Canvas.Style.PLAIN, "", "");
            page.blank();
            page.wrapped(2, w, "Evidence: “" + f.evidence() + "”", Canvas.Style.DIM, "", "  ");
            if (quiz.saveProblem() != null) {
                page.blank().wrapped(2, w, "! not saved: " + quiz.saveProblem(), Canvas.Style.BAD, "", "  ");
            }
        }

        @Override
        public KeyTable keys(QuizView quiz) {
            KeyTable t = new KeyTable();
            boolean last = quiz.session().finished();
            t.stay("Enter, Space, →, n", last ? "the results" : "the next question", last ? "results" : "next",
                    quiz::next, Key.ENTER, Key.SPACE, Key.RIGHT, Key.chr('n'));
            quiz.scroll().keys(t, true);
            if (last) return t.stay("q, Esc", "the results", null, quiz::next, Key.chr('q'), Key.ESC);
            return t.stay("q, Esc", "leave the quiz (asks first)", "leave", quiz::askToLeave, Key.chr('q'), Key.ESC);
        }
    }

    /** The end of the quiz: points, how each card went, and what was missed. */
    record Results(Summary summary) implements QuizState {
        @Override
        public void layOut(QuizView quiz, Page page, int w) {
            Summary s = summary;
            page.wrapped(2, w, String.format(Locale.ROOT, "Result: %s of %d points (%d%%)%s", Scoreboard.points(s.points()),
                    s.possible(), s.percent(), s.unanswered() > 0 ? " · " + s.unanswered() + " not reached" : ""),
                    Canvas.Style.BOLD, "", "");
            page.blank();
            page.line(2, "By card", Canvas.Style.BOLD);
            for (Summary.Part p : s.byCard()) {
                String bar = Canvas.bar(p.possible() == 0 ? 0 : p.points() / p.possible(), 10);
                page.wrapped(2, w, bar + String.format(Locale.ROOT, " %3d%%  %s", p.percent(), p.title()), Canvas.Style.PLAIN,
                        "", " ".repeat(17));
            }
            page.blank();
            if (s.missed().isEmpty()) {
                page.line(2, "Nothing missed.", Canvas.Style.GOOD);
            } else {
                page.line(2, "Missed (" + s.missed().size() + ")", Canvas.Style.BOLD);
                for (Summary.Asked a : s.missed()) {
                    page.wrapped(2, w, a.feedback().verdict().symbol() + " " + a.shown().question().stem().prompt(),
                            Canvas.Style.PLAIN, "", "  ");
                }
            }
        }

        @Override
        public KeyTable keys(QuizView quiz) {
            KeyTable t = new KeyTable();
            if (!summary.missed().isEmpty()) t.add("retry the missed questions", "retry the missed ones",
                    k -> quiz.retry(summary), Key.chr('r'));
            t.add("Enter, q, Esc", "back to the briefing", "back", k -> View.Step.BACK, Key.ENTER, Key.chr('q'), Key.ESC);
            return quiz.scroll().keys(t, true);
        }
    }

    /**
     * A question to the reader over the state below it: y does {@code onYes}, n or Esc goes back.
     *
     * @param yes what y does, in a word or two ("leave")
     * @param no  what n does ("stay")
     */
    record Confirming(QuizState under, String question, String yes, String no, KeyTable.Action onYes)
            implements QuizState {
        @Override
        public int number(QuizSession s) {
            return under.number(s);
        }

        @Override
        public void layOut(QuizView quiz, Page page, int w) {
            under.layOut(quiz, page, w);
        }

        @Override
        public String banner() {
            return question;
        }

        @Override
        public KeyTable keys(QuizView quiz) {
            KeyTable t = new KeyTable();
            t.add(yes, yes, onYes, Key.chr('y'));
            return t.stay(no, no, () -> quiz.become(under), Key.chr('n'), Key.ESC);
        }
    }
}
