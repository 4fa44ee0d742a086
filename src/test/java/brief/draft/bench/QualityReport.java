package brief.draft.bench;

import brief.draft.Measured;
import brief.quiz.TestWise;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The draft quality bars measured on articles outside the tests: each ARTICLE given (.txt, .md or .html) with
 * its writer's ARTICLE.expect beside it, in the format of the test articles' (person, quote, figure, date, fact,
 * claim, opinion and key lines). Prints the table the tests write, what each draft missed, its validation
 * problems, and the averages against the bars.
 * Run: src/test/bench/run brief.draft.bench.QualityReport ARTICLE...
 */
public final class QualityReport {
    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: QualityReport ARTICLE... (each with ARTICLE.expect beside it)");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("brief-quality");
        System.out.println(Measured.header());
        double quotes = 0, keys = 0, labels = 0, shown = 0, gain = 0;
        int valid = 0;
        for (String a : args) {
            Path article = Path.of(a);
            Measured m = Measured.of(article, work.resolve(article.getFileName().toString()));
            TestWise.Score s = TestWise.score(m.briefing().questions());
            System.out.println(m.row());
            System.out.println("    missed: " + m.missed());
            if (!m.wrong().isEmpty()) System.out.println("    wrong speaker: " + m.wrong());
            if (!m.problems().isEmpty()) System.out.println("    problems: " + m.problems());
            quotes += m.quotes();
            keys += m.keys();
            labels += m.labels();
            shown += m.visibleShare();
            gain += s.solverPercent() - s.chancePercent();
            if (m.problems().isEmpty()) valid++;
        }
        int n = args.length;
        System.out.printf("validates %d/%d; averages: quotes %.0f%% (bar 80), keys %.0f%% (bar 50), labels %.0f%% (bar 60),"
                + " shown %.0f%% of the words (bar 60), test-wise solver %+.1f points over chance (bar 10)%n",
                valid, n, 100 * quotes / n, 100 * keys / n, 100 * labels / n, 100 * shown / n, gain / n);
    }
}
