package brief.draft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The teams and organizations an article names only through the titles of their people. */
final class Sides {
    private Sides() {}

    /**
     * "Vale manager Jon Dale", "Vale's goalkeeper Ari Holt": a name that two or more people's titles belong to is a
     * team or an organization, not a person.
     */
    static Set<String> of(List<Text.Sentence> sentences) {
        Map<String, Set<String>> members = new LinkedHashMap<>();
        for (Text.Sentence s : sentences) {
            List<Text.Token> t = s.tokens();
            for (int i = 0; i + 2 < t.size(); i++) {
                if (!Names.nameWord(t, i) && !(i == 0 && t.get(i).is("PROPN"))) continue;
                String title = t.get(i + 1).text();
                if (!Names.TITLES.contains(title.toLowerCase(Locale.ROOT)) || !Character.isLowerCase(title.charAt(0))
                        || !Names.nameWord(t, i + 2)) continue;
                String side = t.get(i).text().substring(0, Names.nameEnd(t.get(i)) - t.get(i).start());
                members.computeIfAbsent(side, k -> new java.util.HashSet<>()).add(t.get(i + 2).text());
            }
        }
        Set<String> out = new java.util.HashSet<>();
        members.forEach((side, people) -> {
            if (people.size() >= 2) out.add(side);
        });
        return out;
    }
}
