package brief.draft;

import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.model.Briefing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drafts of short articles written for these tests: what a reader of the draft sees. */
class DraftedTextTest {
    static Briefing draft(String article) throws Exception {
        Input input = Input.plainText(article);
        return Drafter.draft(input, Measured.language(), "test", "../seeds/test.txt", null, brief.cli.DraftRules.RULES)
                .briefing();
    }

    private static final String MATCH = String.join("\n\n", "Harbour win the shield",
            "Harbour beat Eastfield 2-1 on Sunday. Striker Ali Noor scored first and winger Ben Ruud added a second.",
            "Eastfield defender Carl Moe scored late. Harbour goalkeeper Dan Holt made four saves, and midfielder Erik Tun "
                    + "ran the game with captain Finn Lie.",
            "Substitute Gard Vik came on late for striker Hans Aas, and the referee, Ivar Sol, booked both of them.",
            "Eastfield manager Jon Dale said his side had tired. \u201cWe ran out of legs in the last ten minutes,\u201d "
                    + "said Dale, the former Harbour captain.");

    @Test
    void aPersonQuotedLateIsAmongThePeopleHoweverManyAreNamedBefore() throws Exception {
        Briefing b = draft(MATCH);
        List<String> speakers = b.quotes().stream().map(q -> q.speaker()).toList();
        assertTrue(speakers.contains("jon-dale"), () -> "speakers " + speakers + ", people "
                + b.people().stream().map(p -> p.id()).toList());
    }

    private static final String REPORT = String.join("\n\n", "Clinic opens in Nordby after two years",
            "By Ada Holm, Health Correspondent", "Monday 9 March 2026",
            "A new health clinic opened in Nordby on Monday, two years after the town's hospital closed its doors.",
            "The clinic will see about 120 patients a day and employs 14 nurses, the regional health board said.",
            "Funding still short",
            "The board said the clinic costs 30 million kroner a year to run. It has secured money only until 2027.",
            "Local doctor Rita Lund said the town had waited too long. \u201cPeople drove two hours to see a doctor,\u201d she said.");

    @Test
    void theLeadAndPointsAreTheReportNeverItsBylineDatelineOrSubheading() throws Exception {
        Briefing b = draft(REPORT);
        assertTrue(b.lead().startsWith("A new health clinic opened in Nordby"), b.lead());
        List<String> shown = new java.util.ArrayList<>(List.of(b.lead(), b.bluf()));
        b.cards().forEach(c -> c.points().forEach(p -> shown.add(p.text())));
        for (String text : shown) {
            assertTrue(!text.startsWith("By ") && !text.contains("9 March 2026") && !text.startsWith("Funding still"), text);
        }
    }

    private static final String AUDIT = String.join("\n\n", "Stellby mayor orders audit of contracts",
            "STELLBY, March 12, 2026 — Stellby's new mayor, Sofia Berg, said on Wednesday that all contracts signed since "
                    + "2017 would be reviewed by outside auditors.",
            "Her predecessor, Viktor Lamm, was first elected in 2019 and was convicted of fraud in February.",
            "Lamm resigned in March 2025, a month before his trial began.",
            "The town council appointed the auditing firm Brekke Revisjon in January.",
            "The auditors will present their first findings to the council in June.",
            "Stellby, a town of about 18,000 people on the coast, built a new harbour in 2012 with money from the regional "
                    + "government. Its ferry service to the islands began in 2014 and carries 300,000 passengers a year.",
            "The harbour company's accounts will be the first to be checked, Berg said. Its director, Ola Nes, has said "
                    + "the company will open its books. A town meeting on the audit is planned for April.",
            "Berg said residents deserved to know where their money had gone. The council backed the review by nine votes to two.");

    @Test
    void aSentenceIsOrderedByWhenItsEventHappenedNotByTheStartOfASpanItMentions() throws Exception {
        Briefing b = draft(AUDIT);
        brief.model.Question.Order order = b.questions().stream().filter(q -> q instanceof brief.model.Question.Order)
                .map(q -> (brief.model.Question.Order) q).findFirst().orElseThrow(() -> new AssertionError(b.questions()));
        List<String> items = order.items().stream().map(i -> i.text()).toList();
        int appointed = items.indexOf(items.stream().filter(t -> t.contains("appointed")).findFirst().orElseThrow(() -> new AssertionError(items)));
        int mayor = items.indexOf(items.stream().filter(t -> t.contains("Sofia Berg")).findFirst().orElseThrow(() -> new AssertionError(items)));
        assertTrue(mayor > appointed, "the mayor spoke on Wednesday, after the auditors were appointed in January, whatever "
                + "the contracts she spoke of: " + items);
    }

    private static final String BALLOT = String.join("\n\n", "Bakers vote to strike at Lunde Foods",
            "Union members voted 87 percent in favour of a strike at Lunde Foods in a ballot held on 2 March.",
            "Lunde Foods reported an operating profit of 812 million kroner last year, up from 640 million kroner.",
            "The union wants a rise of 6.5 percent over two years. The company has offered 3.2 percent.",
            "About 40 percent of the bread sold in the region comes from its two bakeries, which employ 1,400 people.");

    @Test
    void noQuestionOffersAnImpossibleOrPatternedNumber() throws Exception {
        Briefing b = draft(BALLOT);
        java.util.regex.Pattern impossible = java.util.regex.Pattern.compile("\\b(1\\d\\d|[2-9]\\d\\d)(\\.\\d)? percent|\\b\\d{4,} million");
        for (brief.model.Question q : b.questions()) {
            List<String> texts = new java.util.ArrayList<>(List.of(q.stem().prompt()));
            if (q instanceof brief.model.Question.Choice c) c.options().forEach(o -> texts.add(o.text()));
            for (String t : texts) assertTrue(!impossible.matcher(t).find(), t);
            if (q instanceof brief.model.Question.Choice c && c.options().size() == 4) {
                String answer = c.options().stream().filter(o -> o.id().equals(c.answer())).findFirst().orElseThrow().text();
                Double x = Figures.number(answer.toLowerCase(java.util.Locale.ROOT));
                List<Double> others = c.options().stream().map(o -> Figures.number(o.text().toLowerCase(java.util.Locale.ROOT))).toList();
                boolean pattern = x != null && others.contains(x * 2) && others.contains(x / 2) && others.contains(x * 3);
                assertTrue(!pattern, () -> q.stem().prompt() + " " + others);
            }
        }
    }

    @Test
    void aFalseStatementChangesANumberToOneTheArticleCouldHaveSaid() throws Exception {
        Briefing b = draft(BALLOT);
        assertTrue(Questions.changedDetail(b, "Members voted 87 percent in favour.").matches("Members voted \\d\\d percent in favour\\."),
                Questions.changedDetail(b, "Members voted 87 percent in favour."));
        assertTrue(Questions.changedDetail(b, "The profit was 812 million kroner.").matches("The profit was \\d{3} million kroner\\."),
                Questions.changedDetail(b, "The profit was 812 million kroner."));
    }
}
