package brief.draft;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Figure;
import brief.model.Item;
import brief.model.Option;
import brief.model.Organization;
import brief.model.Pair;
import brief.model.Person;
import brief.model.Point;
import brief.model.Question;
import brief.model.Quote;
import brief.model.TimelineEvent;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a draft as a briefing file, the notes to check as {@code # check:} comments above their items. */
public final class YamlOut {
    private final StringBuilder out = new StringBuilder();
    private final Map<String, List<String>> checks;

    private YamlOut(Map<String, List<String>> checks) {
        this.checks = checks;
    }

    public static String write(Draft d, String articleName) {
        YamlOut y = new YamlOut(d.checks());
        y.briefing(d.briefing(), articleName);
        return y.out.toString();
    }

    private void briefing(Briefing b, String articleName) {
        line(0, "# A draft briefing made by `brief draft` from " + articleName + ".");
        line(0, "# Every evidence passage and quote is verbatim from the article; check the lines marked '# check:'.");
        line(0, "version: " + Briefing.VERSION);
        field(0, "id", b.id());
        field(0, "title", b.title());
        field(0, "lead", b.lead());
        line(0, "source:");
        comments(1, "source");
        field(1, "path", b.source().path());
        field(1, "title", b.source().title());
        field(1, "outlet", b.source().outlet());
        field(1, "kind", b.source().kind().name().toLowerCase(Locale.ROOT));
        if (b.source().published() != null) field(1, "published", b.source().published());
        field(1, "perspective", b.source().perspective());
        field(0, "bluf", b.bluf());
        line(0, "# check: the draft writes its own questions, so none are derived from figures, quotes, people or the timeline");
        line(0, "derive: {figures: false, quotes: false, people: false, timeline: false}");
        line(0, "cards:");
        for (Card c : b.cards()) {
            item(0, c.id());
            field(1, "title", c.title());
            field(1, "topic", c.topic());
            line(1, "points:");
            for (Point p : c.points()) {
                item(1, p.id());
                field(2, "text", p.text());
                field(2, "kind", p.kind().name().toLowerCase(Locale.ROOT));
                field(2, "evidence", p.evidence().passage());
            }
        }
        list("figures", b.figures(), f -> {
            item(0, f.id());
            field(1, "value", f.value());
            field(1, "label", f.label());
            field(1, "evidence", f.evidence().passage());
            if (f.asOf() != null) field(1, "as_of", f.asOf());
            if (f.attributedTo() != null) field(1, "attributed_to", f.attributedTo());
        });
        list("people", b.people(), (Person p) -> {
            item(0, p.id());
            field(1, "name", p.name());
            field(1, "role", p.role());
            field(1, "evidence", p.evidence().passage());
        });
        list("organizations", b.organizations(), (Organization o) -> {
            item(0, o.id());
            field(1, "name", o.name());
            field(1, "what", o.what());
            field(1, "evidence", o.evidence().passage());
        });
        list("quotes", b.quotes(), (Quote q) -> {
            item(0, q.id());
            field(1, "speaker", q.speaker());
            field(1, "text", q.text());
            field(1, "context", q.context());
        });
        list("timeline", b.timeline(), (TimelineEvent t) -> {
            item(0, t.id());
            field(1, "when", t.when());
            field(1, "what", t.what());
            field(1, "evidence", t.evidence().passage());
        });
        list("questions", b.questions(), this::question);
    }

    private void question(Question q) {
        item(0, q.id());
        field(1, "type", q.type().name().toLowerCase(Locale.ROOT));
        field(1, "prompt", q.stem().prompt());
        field(1, "card", q.card());
        line(1, "difficulty: " + q.difficulty());
        if (q.stem().hint() != null) field(1, "hint", q.stem().hint());
        field(1, "explain", q.stem().explain());
        field(1, "evidence", q.stem().evidence().passage());
        q.accept(new Question.Visitor<Void>() {
            public Void choice(Question.Choice c) {
                options(c.options());
                field(1, "answer", c.answer());
                return null;
            }

            public Void multi(Question.Multi m) {
                options(m.options());
                line(1, "answers: [" + String.join(", ", m.answers().stream().map(YamlOut::quoted).toList()) + "]");
                return null;
            }

            public Void trueFalse(Question.TrueFalse t) {
                line(1, "answer: " + t.answer());
                return null;
            }

            public Void cloze(Question.Cloze c) {
                field(1, "answer", c.answer());
                if (!c.accept().isEmpty()) {
                    line(1, "accept: [" + String.join(", ", c.accept().stream().map(YamlOut::quoted).toList()) + "]");
                }
                return null;
            }

            public Void numeric(Question.Numeric n) {
                line(1, "answer: " + number(n.answer()));
                line(1, "tolerance: " + number(n.tolerance()));
                if (n.unit() != null) field(1, "unit", n.unit());
                return null;
            }

            public Void order(Question.Order o) {
                line(1, "items:");
                for (Item i : o.items()) {
                    line(1, "- id: " + quoted(i.id()));
                    field(2, "text", i.text());
                }
                return null;
            }

            public Void match(Question.Match m) {
                line(1, "pairs:");
                for (Pair p : m.pairs()) {
                    line(1, "- id: " + quoted(p.id()));
                    field(2, "left", p.left());
                    field(2, "right", p.right());
                }
                return null;
            }
        });
    }

    private void options(List<Option> options) {
        line(1, "options:");
        for (Option o : options) {
            line(1, "- id: " + quoted(o.id()));
            field(2, "text", o.text());
            if (o.why() != null) field(2, "why", o.why());
        }
    }

    private <T> void list(String key, List<T> items, java.util.function.Consumer<T> each) {
        if (items.isEmpty()) {
            line(0, key + ": []");
            return;
        }
        line(0, key + ":");
        items.forEach(each);
    }

    private void item(int depth, String id) {
        comments(depth, id);
        line(depth, "- id: " + quoted(id));
    }

    private void comments(int depth, String id) {
        for (String note : checks.getOrDefault(id, List.of())) line(depth, "# check: " + note);
    }

    private void field(int depth, String key, String value) {
        line(depth, key + ": " + quoted(value));
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return String.valueOf((long) value);
        return String.valueOf(value);
    }

    /** A YAML double-quoted scalar: always safe, whatever colons, quotes or hashes the text holds. */
    static String quoted(String value) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
