package brief.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Which of an article's figures a briefing shows first, when it has room for only some. */
final class FigurePicks {
    private FigurePicks() {}

    /**
     * Figures in the order a briefing keeps them: a figure of each kind in turn (a sum, a share, a count before a
     * second sum), each round's most important first. A figure is important as its sentence is central, in the
     * opening or a deadline, and written in digits ("40 million" rather than "two winters").
     */
    public static List<Figures.Found> byImportance(List<Figures.Found> found, double[] rank) {
        double top = 1e-9;
        for (double r : rank) top = Math.max(top, r);
        Map<Figures.Found, Double> weight = new HashMap<>();
        for (Figures.Found f : found) {
            // "up from 81 percent", "against 81 percent the year before": the value compared with, not the news
            boolean baseline = f.evidence().matches("(?is).*\\b(from|against|than|compared with)\\s+(about |some )?"
                    + Pattern.quote(f.value()) + ".*");
            // "30 days to appeal": a deadline or a right a reader may act on
            boolean deadline = f.kind() == Figures.Kind.DURATION && f.label().startsWith("to ");
            double w = rank[f.sentence()] / top + (f.sentence() < 3 || deadline ? 0.3 : 0) - (baseline ? 0.6 : 0)
                    + (f.value().matches(".*\\d.*") ? 0 : -0.5) - (qualifies(f, found) ? 1 : 0)
                    // "The report, which covers 31 clinics, found": background to what the sentence says
                    - (f.evidence().matches("(?i)^(which|who|whose)\\b.*") ? 0.3 : 0);
            weight.put(f, w);
        }
        Comparator<Figures.Found> heavier = Comparator.comparingDouble((Figures.Found f) -> -weight.get(f));
        // of two figures with one label ("profit": the result and the forecast), the lighter is the one to leave out
        List<Figures.Found> ordered = new ArrayList<>(found);
        ordered.sort(heavier);
        Set<String> labels = new HashSet<>();
        for (Figures.Found f : ordered) if (!labels.add(f.label().toLowerCase(Locale.ROOT))) weight.put(f, weight.get(f) - 0.5);
        Map<Figures.Kind, List<Figures.Found>> byKind = new EnumMap<>(Figures.Kind.class);
        for (Figures.Found f : found) byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f);
        byKind.values().forEach(l -> l.sort(heavier));
        List<Figures.Found> out = new ArrayList<>();
        for (int round = 0; out.size() < found.size(); round++) {
            List<Figures.Found> of = new ArrayList<>();
            for (List<Figures.Found> l : byKind.values()) if (round < l.size()) of.add(l.get(round));
            of.sort(heavier);
            out.addAll(of);
        }
        // a figure that weighs less than nothing (a value compared with, a qualifier) comes after every other
        out.sort(Comparator.comparing((Figures.Found f) -> weight.get(f) < 0));
        return out;
    }

    /** "87.5 percent of flights within 15 minutes": a duration that says how another figure of its clause was measured. */
    private static boolean qualifies(Figures.Found f, List<Figures.Found> found) {
        if (f.kind() != Figures.Kind.DURATION) return false;
        int at = f.evidence().indexOf(f.value());
        for (Figures.Found other : found) {
            if (other == f || other.sentence() != f.sentence() || other.kind() == Figures.Kind.DURATION) continue;
            int before = f.evidence().indexOf(other.value());
            if (before >= 0 && before < at) return true;
        }
        return false;
    }
}
