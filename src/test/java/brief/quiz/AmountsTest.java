package brief.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.model.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTest {
    private static List<Option> options(String... texts) {
        List<Option> out = new ArrayList<>();
        for (String t : texts) out.add(new Option(String.valueOf((char) ('a' + out.size())), t, null));
        return out;
    }

    private static List<String> texts(List<Option> options) {
        return options.stream().map(Option::text).toList();
    }

    @Test
    void findsTheAmountTheOthersWereScaledFromByQuarters() {
        List<Option> o = options("27 boats", "36 boats", "45 boats", "54 boats");
        assertEquals(List.of("36 boats"), texts(Amounts.scaledFrom(o, Amounts.Ratios.QUARTERS)),
                "27, 45 and 54 are 36 times 0.75, 1.25 and 1.5");
    }

    @Test
    void findsTheAmountTheOthersWereScaledFromWhenRoundingMovedThem() {
        List<Option> o = options("29 percent", "38 percent", "48 percent", "57 percent");
        assertEquals(List.of("38 percent"), texts(Amounts.scaledFrom(o, Amounts.Ratios.QUARTERS)),
                "29, 48 and 57 are 38 times 0.75, 1.25 and 1.5, rounded");
    }

    @Test
    void findsTheAmountTheOthersWereScaledFromByFifths() {
        List<Option> o = options("60 seats", "72 seats", "84 seats", "96 seats");
        assertEquals(List.of("60 seats"), texts(Amounts.scaledFrom(o, Amounts.Ratios.FIFTHS)));
    }

    @Test
    void findsTheScaledFromAmountAmongDecimalsBesideOneFigureOfTheArticle() {
        List<Option> o = options("€3.6 million", "€4.5 million", "€5.4 million", "€4.1 million");
        assertEquals(List.of("€3.6 million"), texts(Amounts.scaledFrom(o, Amounts.Ratios.QUARTERS)));
    }

    @Test
    void findsNoScaledFromAmountAmongUnrelatedFigures() {
        List<Option> o = options("17 stations", "23 stations", "38 stations", "52 stations");
        for (Amounts.Ratios r : Amounts.Ratios.values()) {
            assertEquals(List.of(), Amounts.scaledFrom(o, r), "no share of any of them gives two others: " + r);
        }
    }

    @Test
    void findsTheAmountAllTheOthersAreMultiplesOf() {
        assertEquals(List.of("15 km"), texts(Amounts.dividesAll(options("45 km", "15 km", "60 km", "30 km"))));
        assertEquals(List.of(), Amounts.dividesAll(options("45 km", "15 km", "61 km", "30 km")), "61 is no multiple of 15");
    }

    @Test
    void findsTheOnlyRoundAmount() {
        assertEquals(List.of("340,000 tonnes"), texts(Amounts.roundest(options("255,500 tonnes", "340,000 tonnes",
                "425,500 tonnes", "297,500 tonnes"))));
        assertEquals(List.of(), Amounts.roundest(options("23", "31", "44", "58")), "none is rounder than the rest");
    }

    @Test
    void findsTheOnlyAmountOfAnotherSize() {
        assertEquals(List.of("7 percent"), texts(Amounts.oddSize(options("7 percent", "61 percent", "72 percent", "83 percent"))));
        assertEquals(List.of(), Amounts.oddSize(options("7", "61", "720", "83")), "three sizes: none stands alone");
    }

    @Test
    void theMiddleAmountsAreTheTwoBetweenTheLowestAndHighest() {
        assertEquals(List.of("31", "44"), texts(Amounts.middle(options("58", "31", "23", "44"))));
    }

    @Test
    void readsHowAnAmountIsWritten() {
        assertEquals(new Amounts.Amount(210000, 1, 4, 6), Amounts.of("roughly £210,000"));
        Amounts.Amount a = Amounts.of("10.1%");
        assertEquals(List.of(10.1, -1, 2), List.of(a.value(), a.zeros(), a.digits()));
    }
}
