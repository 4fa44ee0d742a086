package brief.quiz;

import brief.model.Item;
import brief.model.Pair;
import brief.model.Question;
import java.util.ArrayList;
import java.util.List;

/** Marks each of the reader's picks (multi), positions (order) or pairs (match) right or wrong. */
final class Marks {
    private Marks() {}

    static List<Mark> of(Question question, Response response) {
        return question.accept(new OnParts<List<Mark>>(List.of()) {
            public List<Mark> choice(Question.Choice q) {
                return List.of();
            }

            public List<Mark> multi(Question.Multi q) {
                if (!(response instanceof Response.Picks p)) return List.of();
                List<Mark> out = new ArrayList<>();
                for (String id : p.optionIds()) {
                    boolean right = q.answers().contains(id);
                    out.add(new Mark(Explain.textOf(q.options(), id), right, right ? null : "not one of them"));
                }
                for (String id : q.answers()) {
                    if (!p.optionIds().contains(id)) {
                        out.add(new Mark(Explain.textOf(q.options(), id), false, "missed: it is one of them"));
                    }
                }
                return out;
            }

            public List<Mark> order(Question.Order q) {
                if (!(response instanceof Response.Sequence s)) return List.of();
                List<Mark> out = new ArrayList<>();
                for (int i = 0; i < s.itemIds().size(); i++) {
                    String id = s.itemIds().get(i);
                    int at = indexOf(q.items(), id);
                    boolean right = at == i;
                    out.add(new Mark((i + 1) + ". " + (at < 0 ? id : q.items().get(at).text()), right,
                            right ? null : "it comes " + ordinal(at + 1)));
                }
                return out;
            }

            public List<Mark> match(Question.Match q) {
                if (!(response instanceof Response.Pairing p)) return List.of();
                List<Mark> out = new ArrayList<>();
                for (Pair left : q.pairs()) {
                    String chosen = p.rightFor().get(left.id());
                    if (chosen == null) continue;
                    String right = q.pairs().stream().filter(x -> x.id().equals(chosen)).map(Pair::right).findFirst()
                            .orElse(chosen);
                    boolean ok = chosen.equals(left.id());
                    out.add(new Mark(left.left() + " — " + right, ok, ok ? null : "it is " + left.right()));
                }
                return out;
            }
        });
    }

    private static int indexOf(List<Item> items, String id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(id)) return i;
        }
        return -1;
    }

    private static String ordinal(int n) {
        String[] words = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
        return n >= 1 && n <= words.length ? words[n - 1] : "number " + n;
    }
}
