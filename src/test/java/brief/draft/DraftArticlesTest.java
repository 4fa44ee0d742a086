package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.QuestionType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each test article (written for these tests: news, two opinion pieces, sport, court, science, one without quotes,
 * one in Markdown, one saved as HTML) drafted and held to the bars a draft must meet.
 */
class DraftArticlesTest {
    static final String[] ARTICLES = {"news.txt", "opinion.txt", "sports.txt", "court.txt", "science.txt",
            "noquotes.txt", "markdown.md", "html.html", "planning.txt", "obituary.txt", "earnings.txt",
            "health.txt", "council.html", "airline.txt", "profile.txt", "column.txt", "transit.txt", "scaffold.txt", "bees.txt"};
    /** A test-wise reader answering from the form of the questions alone may beat a blind guess by at most this. */
    private static final double SOLVER_MARGIN = 10;
    /** Fewer words than this, and a card may show a single point to keep the briefing short of the article. */
    private static final int SHORT_ARTICLE = 300;
    /** What a reader sees of any one article, as a share of its words, at most (the bar is 60%). */
    private static final double MOST_SHOWN = 0.7;
    /** … and on average over the articles. */
    private static final double AVERAGE_SHOWN = 0.6;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"news.txt", "opinion.txt", "sports.txt", "court.txt", "science.txt", "noquotes.txt",
            "markdown.md", "html.html", "planning.txt", "obituary.txt", "earnings.txt", "health.txt", "council.html",
            "airline.txt", "profile.txt", "column.txt", "transit.txt", "scaffold.txt", "bees.txt"})
    void draftValidatesAndPrintsOnOnePage(String article) throws Exception {
        Measured m = Measured.of(article, dir);
        assertEquals("[]", m.problems().toString(), "the draft of " + article + " should validate as it is");
        assertTrue(m.printedLines() <= 60, "the one-page briefing fits 60 lines at 80 columns: " + m.row());
        assertEquals(List.of(), brief.lint.ItemWriting.check(m.briefing()), "the drafted questions follow the item-writing rules");
        assertTrue(m.briefing().questions().size() >= 3, "questions drafted: " + m.briefing().questions().size());
        int cards = m.briefing().cards().size();
        assertTrue(cards >= Cards.MIN_CARDS && cards <= Cards.MAX_CARDS, "cards: " + cards);
        // only an article too short for eight points within three fifths of its words has cards of one point
        int fewest = m.articleWords() < SHORT_ARTICLE ? 1 : Cards.MIN_POINTS;
        m.briefing().cards().forEach(c -> assertTrue(c.points().size() >= fewest
                && c.points().size() <= Cards.MAX_POINTS, "points of card " + c.id() + ": " + c.points().size()));
    }

    /**
     * The bars each article is held to on its own: quotes with the right speaker, key facts shown, labels agreeing
     * with the writer's, and questions a test-wise reader cannot pass from their form.
     */
    @ParameterizedTest
    @ValueSource(strings = {"news.txt", "opinion.txt", "sports.txt", "court.txt", "science.txt", "noquotes.txt",
            "markdown.md", "html.html", "planning.txt", "obituary.txt", "earnings.txt", "health.txt", "council.html",
            "airline.txt", "profile.txt", "column.txt", "transit.txt", "scaffold.txt", "bees.txt"})
    void eachDraftMeetsTheQualityBars(String article) throws Exception {
        Measured m = Measured.of(article, dir);
        String row = Measured.header() + "\n" + m.row() + "\nmissed: " + m.missed();
        assertTrue(m.quotes() >= 0.8, "quotes with the right speaker:\n" + row);
        assertEquals(List.of(), m.wrong(), "quotes given to someone who did not say them in " + article);
        assertTrue(m.keys() >= 0.5, "key facts in what a reader sees:\n" + row);
        assertTrue(m.labels() >= 0.6, "labels agreeing with the writer's:\n" + row);
        brief.quiz.TestWise.Score s = brief.quiz.TestWise.score(m.briefing().questions());
        // below chance is a give-away too: a reader who learns that the longest option is never right gains by it
        assertTrue(Math.abs(s.solverPercent() - s.chancePercent()) <= SOLVER_MARGIN, "a test-wise reader on " + article + ": " + s);
        assertTrue(m.visibleShare() <= MOST_SHOWN, "what a reader sees is well short of the article:\n" + row);
    }

    /**
     * Articles of news length (500 to 900 words: a regional health report, an analysis piece) are held to the bars
     * in full: a briefing well short of the article that still has four cards or more.
     */
    @ParameterizedTest
    @ValueSource(strings = {"health.txt"})
    void aNewsLengthArticleIsBriefedInFourToNineCardsOnUnderThreeFifthsOfItsWords(String article) throws Exception {
        Measured m = Measured.of(article, dir);
        String row = Measured.header() + "\n" + m.row() + "\nmissed: " + m.missed();
        assertTrue(m.articleWords() >= 500, "a news-length article: " + m.articleWords() + " words");
        assertTrue(m.visibleShare() <= 0.6, "what a reader sees is at most 60% of the article's words:\n" + row);
        int cards = m.briefing().cards().size();
        assertTrue(cards >= Cards.MIN_CARDS && cards <= Cards.MAX_CARDS, "cards:\n" + row);
    }

    /** The quality bars over all the test articles together; the table is written to target/draft-quality.txt. */
    @Test
    void draftsMeetTheQualityBarsAcrossTheArticles() throws Exception {
        StringBuilder table = new StringBuilder(Measured.header()).append('\n');
        double quotes = 0, keys = 0, labels = 0, shown = 0;
        for (String article : ARTICLES) {
            Measured m = Measured.of(article, dir.resolve(article));
            table.append(m.row()).append("\n    missed: ").append(m.missed()).append('\n');
            if (!m.wrong().isEmpty()) table.append("    WRONG SPEAKER: ").append(m.wrong()).append('\n');
            quotes += m.quotes();
            keys += m.keys();
            labels += m.labels();
            shown += m.visibleShare();
        }
        Files.writeString(Path.of("target", "draft-quality.txt"), table);
        int n = ARTICLES.length;
        assertTrue(quotes / n >= 0.8, "quotes drafted with the right speaker, on average:\n" + table);
        assertTrue(keys / n >= 0.5, "key facts in what a reader sees, on average:\n" + table);
        assertTrue(labels / n >= 0.6, "labels agreeing with the writer's, on average:\n" + table);
        assertTrue(shown / n <= AVERAGE_SHOWN, "what a reader sees, as a share of the article's words, on average:\n" + table);
    }

    @ParameterizedTest
    @ValueSource(strings = {"news.txt", "court.txt", "sports.txt", "markdown.md", "planning.txt", "html.html",
            "opinion.txt", "earnings.txt"})
    void draftAsksQuestionsOfManyTypes(String article) throws Exception {
        Measured m = Measured.of(article, dir);
        Set<QuestionType> types = m.briefing().questions().stream().map(q -> q.type())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(QuestionType.class)));
        assertTrue(types.size() >= 5, "question types drafted for " + article + ": " + types);
    }
}
