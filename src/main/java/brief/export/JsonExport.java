package brief.export;

import brief.json.JsonWriter;
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

/** The whole briefing as JSON, with every question the quiz asks, derived ones marked. */
public final class JsonExport {
    private JsonExport() {}

    public static String export(Briefing b, List<Question> questions) {
        JsonWriter w = new JsonWriter().beginObject();
        w.field("version", Briefing.VERSION).field("id", b.id()).field("title", b.title()).field("lead", b.lead());
        w.key("source").beginObject().field("path", b.source().path()).field("title", b.source().title())
                .field("outlet", b.source().outlet()).field("kind", b.source().kind().word())
                .field("published", b.source().published()).field("perspective", b.source().perspective()).endObject();
        w.field("bluf", b.bluf());
        w.key("cards").beginArray();
        for (Card c : b.cards()) {
            w.beginObject().field("id", c.id()).field("title", c.title()).field("topic", c.topic());
            points(w.key("points"), c.points());
            w.endObject();
        }
        w.endArray();
        w.key("figures").beginArray();
        for (Figure f : b.figures()) {
            w.beginObject().field("id", f.id()).field("value", f.value()).field("label", f.label())
                    .field("evidence", f.evidence().passage()).field("as_of", f.asOf())
                    .field("attributed_to", f.attributedTo()).endObject();
        }
        w.endArray().key("people").beginArray();
        for (Person p : b.people()) {
            w.beginObject().field("id", p.id()).field("name", p.name()).field("role", p.role())
                    .field("evidence", p.evidence().passage()).endObject();
        }
        w.endArray().key("organizations").beginArray();
        for (Organization o : b.organizations()) {
            w.beginObject().field("id", o.id()).field("name", o.name()).field("what", o.what())
                    .field("evidence", o.evidence().passage()).endObject();
        }
        w.endArray().key("quotes").beginArray();
        for (Quote q : b.quotes()) {
            w.beginObject().field("id", q.id()).field("speaker", q.speaker()).field("text", q.text())
                    .field("context", q.context()).endObject();
        }
        w.endArray().key("timeline").beginArray();
        for (TimelineEvent e : b.timeline()) {
            w.beginObject().field("id", e.id()).field("when", e.when()).field("what", e.what())
                    .field("evidence", e.evidence().passage()).endObject();
        }
        w.endArray();
        points(w.key("outcomes"), b.outcomes());
        points(w.key("context"), b.context());
        points(w.key("watch"), b.watch());
        w.key("questions").beginArray();
        for (Question q : questions) question(w, q);
        return w.endArray().endObject().toString();
    }

    private static void points(JsonWriter w, List<Point> points) {
        w.beginArray();
        for (Point p : points) {
            w.beginObject().field("id", p.id()).field("text", p.text()).field("kind", p.kind().word())
                    .field("evidence", p.evidence().passage()).endObject();
        }
        w.endArray();
    }

    private static void question(JsonWriter w, Question q) {
        w.beginObject().field("id", q.id()).field("type", q.type().word()).field("prompt", q.stem().prompt())
                .field("card", q.card()).field("difficulty", q.difficulty()).field("hint", q.stem().hint())
                .field("explain", q.stem().explain()).field("evidence", q.stem().evidence().passage())
                .key("derived").bool(q.stem().derived());
        q.accept(new Question.Visitor<Void>() {
            public Void choice(Question.Choice c) {
                options(c.options());
                w.field("answer", c.answer());
                return null;
            }

            public Void multi(Question.Multi m) {
                options(m.options());
                w.key("answers").beginArray();
                m.answers().forEach(w::string);
                w.endArray();
                return null;
            }

            public Void trueFalse(Question.TrueFalse t) {
                w.key("answer").bool(t.answer());
                return null;
            }

            public Void cloze(Question.Cloze c) {
                w.field("answer", c.answer()).key("accept").beginArray();
                c.accept().forEach(w::string);
                w.endArray();
                return null;
            }

            public Void numeric(Question.Numeric n) {
                w.field("answer", n.answer()).field("tolerance", n.tolerance()).field("unit", n.unit());
                return null;
            }

            public Void order(Question.Order o) {
                w.key("items").beginArray();
                for (Item i : o.items()) w.beginObject().field("id", i.id()).field("text", i.text()).endObject();
                w.endArray();
                return null;
            }

            public Void match(Question.Match m) {
                w.key("pairs").beginArray();
                for (Pair p : m.pairs()) {
                    w.beginObject().field("id", p.id()).field("left", p.left()).field("right", p.right()).endObject();
                }
                w.endArray();
                return null;
            }

            private void options(List<Option> options) {
                w.key("options").beginArray();
                for (Option o : options) w.beginObject().field("id", o.id()).field("text", o.text()).field("why", o.why()).endObject();
                w.endArray();
            }
        });
        w.endObject();
    }
}
