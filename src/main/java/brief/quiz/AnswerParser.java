package brief.quiz;

import brief.model.Pair;
import brief.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a typed answer to a shown question: letters or numbers for choices ("b", "2", "a c"), yes/no for
 * true/false, text for cloze and numeric, "c a d b" for order, "1b 2a 3c" for match.
 */
public final class AnswerParser {
    private AnswerParser() {}

    /** Either a response, or the reason to ask again. */
    public record Parsed(Response response, String problem) {
        static Parsed ok(Response r) {
            return new Parsed(r, null);
        }

        static Parsed again(String why) {
            return new Parsed(null, why);
        }

        public boolean ok() {
            return response != null;
        }
    }

    public static Parsed parse(Presented shown, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) return Parsed.again("Type an answer (or ? for help).");
        return shown.question().accept(new Question.Visitor<>() {
            public Parsed choice(Question.Choice q) {
                List<Integer> picks = choices(text, shown.options().size());
                if (picks == null) picks = optionNamed(shown, text);
                if (picks == null) return Parsed.again(rangeHint(shown.options().size()));
                if (picks.size() != 1) return Parsed.again("Pick one option, e.g. a.");
                return Parsed.ok(new Response.Pick(shown.options().get(picks.get(0)).id()));
            }

            public Parsed multi(Question.Multi q) {
                List<Integer> picks = choices(text, shown.options().size());
                if (picks == null) return Parsed.again(rangeHint(shown.options().size()) + " Several: "
                        + Examples.picks(shown.options().size()));
                List<String> ids = new ArrayList<>();
                for (int i : picks) {
                    String id = shown.options().get(i).id();
                    if (!ids.contains(id)) ids.add(id);
                }
                return Parsed.ok(new Response.Picks(ids));
            }

            public Parsed trueFalse(Question.TrueFalse q) {
                switch (text.toLowerCase(Locale.ROOT)) {
                    case "t": case "true": case "y": case "yes": case "1":
                        return Parsed.ok(new Response.TrueOrFalse(true));
                    case "f": case "false": case "n": case "no": case "2":
                        return Parsed.ok(new Response.TrueOrFalse(false));
                    default:
                        return Parsed.again("Answer t (true) or f (false).");
                }
            }

            public Parsed cloze(Question.Cloze q) {
                return Parsed.ok(new Response.Text(text));
            }

            public Parsed numeric(Question.Numeric q) {
                if (Numbers.read(text).isEmpty()) {
                    return Parsed.again("That is not a number I can read: try 299, 299bn or 299,000,000,000.");
                }
                return Parsed.ok(new Response.Text(text));
            }

            public Parsed order(Question.Order q) {
                int n = shown.items().size();
                List<Integer> picks = choices(text, n);
                if (picks == null) return Parsed.again(rangeHint(n) + " Give all " + n + " in order, e.g. "
                        + Examples.order(n));
                if (picks.stream().distinct().count() != picks.size()) {
                    return Parsed.again("Each item once, please: give all " + n + " in order, e.g. " + Examples.order(n));
                }
                if (picks.size() != n) {
                    return Parsed.again("Give all " + n + " items in order, e.g. " + Examples.order(n));
                }
                List<String> ids = new ArrayList<>();
                for (int i : picks) ids.add(shown.items().get(i).id());
                return Parsed.ok(new Response.Sequence(ids));
            }

            public Parsed match(Question.Match q) {
                int n = shown.lefts().size();
                Map<String, String> pairs = new LinkedHashMap<>();
                for (String token : text.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
                    if (!token.matches("\\d+[-=:]?[a-z]")) {
                        return Parsed.again("Pair each number with a letter, e.g. " + Examples.pairs(n) + ".");
                    }
                    int left = Integer.parseInt(token.replaceAll("\\D", "")) - 1;
                    int right = token.charAt(token.length() - 1) - 'a';
                    if (left < 0 || left >= n || right < 0 || right >= shown.rights().size()) {
                        return Parsed.again("Numbers 1-" + n + " and letters a-" + Presented.letter(n - 1) + ", please.");
                    }
                    Pair l = shown.lefts().get(left);
                    if (pairs.containsKey(l.id())) return Parsed.again((left + 1) + " is paired twice.");
                    pairs.put(l.id(), shown.rights().get(right).id());
                }
                if (pairs.size() != n) return Parsed.again("Pair all " + n + " items, e.g. " + Examples.pairs(n) + ".");
                return Parsed.ok(new Response.Pairing(pairs));
            }
        });
    }

    /** Letters or 1-based numbers, separated or not ("a c", "a,c", "ac", "1 3"); null if any is out of range. */
    static List<Integer> choices(String text, int count) {
        List<Integer> out = new ArrayList<>();
        String t = text.toLowerCase(Locale.ROOT).strip();
        if (t.matches("[a-z]+")) {
            for (char c : t.toCharArray()) out.add(c - 'a');
        } else {
            for (String token : t.split("[\\s,;]+")) {
                if (token.matches("[a-z]")) out.add(token.charAt(0) - 'a');
                else if (token.matches("\\d{1,2}")) out.add(Integer.parseInt(token) - 1);
                else return null;
            }
        }
        for (int i : out) {
            if (i < 0 || i >= count) return null;
        }
        return out.isEmpty() ? null : out;
    }

    /** The option whose whole text was typed instead of its letter ("Gyeongju" for "d) Gyeongju"), if one was. */
    private static List<Integer> optionNamed(Presented shown, String typed) {
        String wanted = TextAnswers.normalize(typed);
        for (int i = 0; i < shown.options().size(); i++) {
            if (!wanted.isEmpty() && TextAnswers.normalize(shown.options().get(i).text()).equals(wanted)) return List.of(i);
        }
        return null;
    }

    private static String rangeHint(int count) {
        return "Choose from a-" + Presented.letter(count - 1) + " (or 1-" + count + ").";
    }
}
