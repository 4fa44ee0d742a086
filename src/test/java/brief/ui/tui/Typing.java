package brief.ui.tui;

import brief.model.Question;
import brief.quiz.Numbers;
import brief.quiz.Presented;

/** The keys that answer a shown question right (or wrong) in the full screen. */
final class Typing {
    private Typing() {}

    static String rightKeys(Presented p) {
        return p.question().accept(new Question.Visitor<>() {
            public String choice(Question.Choice q) {
                return letter(p.options().stream().map(o -> o.id()).toList().indexOf(q.answer()));
            }

            public String multi(Question.Multi q) {
                StringBuilder keys = new StringBuilder();
                for (String a : q.answers()) keys.append(letter(p.options().stream().map(o -> o.id()).toList().indexOf(a)));
                return keys.append('\n').toString();
            }

            public String trueFalse(Question.TrueFalse q) {
                return q.answer() ? "t" : "f";
            }

            public String cloze(Question.Cloze q) {
                return q.answer() + "\n";
            }

            public String numeric(Question.Numeric q) {
                return Numbers.format(q.answer()) + "\n";
            }

            public String order(Question.Order q) {
                // Selection sort by keys: pick up each right item and carry it up to its place.
                java.util.List<String> now = new java.util.ArrayList<>(p.items().stream().map(i -> i.id()).toList());
                StringBuilder keys = new StringBuilder();
                int cursor = 0;
                for (int target = 0; target < q.items().size(); target++) {
                    int at = now.indexOf(q.items().get(target).id());
                    keys.append(moves(cursor, at));
                    keys.append(' ');
                    keys.append(moves(at, target));
                    keys.append(' ');
                    String id = now.remove(at);
                    now.add(target, id);
                    cursor = target;
                }
                return keys.append('\n').toString();
            }

            public String match(Question.Match q) {
                StringBuilder keys = new StringBuilder();
                for (int i = 0; i < p.lefts().size(); i++) {
                    String id = p.lefts().get(i).id();
                    keys.append(letter(p.rights().stream().map(r -> r.id()).toList().indexOf(id)));
                }
                return keys.append('\n').toString();
            }
        });
    }

    /** j and k move one line down and up (as the arrows do). */
    private static String moves(int from, int to) {
        return from < to ? "j".repeat(to - from) : "k".repeat(from - to);
    }

    static String wrongKeys(Presented p) {
        return p.question().accept(new Question.Visitor<>() {
            public String choice(Question.Choice q) {
                int right = p.options().stream().map(o -> o.id()).toList().indexOf(q.answer());
                return letter(right == 0 ? 1 : 0);
            }

            public String multi(Question.Multi q) {
                for (int i = 0; i < p.options().size(); i++) {
                    if (!q.answers().contains(p.options().get(i).id())) return letter(i) + "\n";
                }
                return "a\n";
            }

            public String trueFalse(Question.TrueFalse q) {
                return q.answer() ? "f" : "t";
            }

            public String cloze(Question.Cloze q) {
                return "zzzzzzzz\n";
            }

            public String numeric(Question.Numeric q) {
                return "-1\n";
            }

            public String order(Question.Order q) {
                return "\n";
            }

            public String match(Question.Match q) {
                return "a".repeat(p.lefts().size()) + "\n";
            }
        });
    }

    private static String letter(int i) {
        return String.valueOf((char) ('a' + i));
    }
}
