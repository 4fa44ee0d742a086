package brief.content;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.ContentHash;
import brief.model.Derivation;
import brief.model.Evidence;
import brief.model.Figure;
import brief.model.Item;
import brief.model.Option;
import brief.model.Organization;
import brief.model.Pair;
import brief.model.Person;
import brief.model.Point;
import brief.model.PointKind;
import brief.model.Question;
import brief.model.QuestionType;
import brief.model.Quote;
import brief.model.Source;
import brief.model.SourceKind;
import brief.model.Stem;
import brief.model.TimelineEvent;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A briefing as compact bytes and back, for {@link BriefingCache}. Decoding goes through the records' own
 * constructors, so a decoded briefing passes the same checks as one read from YAML. Any change to the model
 * changes {@link #FORMAT}.
 */
final class BriefingCodec {
    static final int FORMAT = 2;

    private BriefingCodec() {}

    /** Writes a briefing to memory, where a write cannot fail. */
    static final class Out implements Question.Visitor<Void> {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        private final DataOutputStream out = new DataOutputStream(bytes);

        byte[] toByteArray() {
            return bytes.toByteArray();
        }

        Out bytes(byte[] b) {
            number(b.length);
            try {
                out.write(b);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Out string(String s) {
            return s == null ? number(-1) : bytes(s.getBytes(StandardCharsets.UTF_8));
        }

        Out number(int n) {
            try {
                out.writeInt(n);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        private void decimal(double d) {
            try {
                out.writeDouble(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void flag(boolean b) {
            number(b ? 1 : 0);
        }

        private void strings(List<String> list) {
            number(list.size());
            for (String s : list) string(s);
        }

        private void evidence(Evidence e) {
            string(e == null ? null : e.passage());
        }

        Out briefing(Briefing b) {
            string(b.id()).string(b.title()).string(b.lead());
            Source s = b.source();
            string(s.path()).string(s.title()).string(s.outlet()).number(s.kind().ordinal()).string(s.published())
                    .string(s.perspective());
            string(b.bluf());
            number(b.cards().size());
            for (Card c : b.cards()) {
                string(c.id()).string(c.title()).string(c.topic());
                points(c.points());
            }
            number(b.figures().size());
            for (Figure f : b.figures()) {
                string(f.id()).string(f.value()).string(f.label());
                evidence(f.evidence());
                string(f.asOf()).string(f.attributedTo());
            }
            number(b.people().size());
            for (Person p : b.people()) {
                string(p.id()).string(p.name()).string(p.role());
                evidence(p.evidence());
            }
            number(b.organizations().size());
            for (Organization o : b.organizations()) {
                string(o.id()).string(o.name()).string(o.what());
                evidence(o.evidence());
            }
            number(b.quotes().size());
            for (Quote q : b.quotes()) string(q.id()).string(q.speaker()).string(q.text()).string(q.context());
            number(b.timeline().size());
            for (TimelineEvent t : b.timeline()) {
                string(t.id()).string(t.when()).string(t.what());
                evidence(t.evidence());
            }
            points(b.outcomes());
            points(b.context());
            points(b.watch());
            number(b.questions().size());
            for (Question q : b.questions()) question(q);
            Derivation d = b.derive();
            flag(d.figures());
            flag(d.quotes());
            flag(d.people());
            flag(d.timeline());
            return this;
        }

        private void points(List<Point> points) {
            number(points.size());
            for (Point p : points) {
                string(p.id()).string(p.text()).number(p.kind().ordinal());
                evidence(p.evidence());
            }
        }

        private void options(List<Option> options) {
            number(options.size());
            for (Option o : options) string(o.id()).string(o.text()).string(o.why());
        }

        void question(Question q) {
            number(q.type().ordinal());
            Stem s = q.stem();
            string(s.id()).string(s.prompt()).string(s.card()).number(s.difficulty()).string(s.explain());
            evidence(s.evidence());
            string(s.hint());
            flag(s.derived());
            q.accept(this);
            string(ContentHash.of(q));
        }

        @Override
        public Void choice(Question.Choice c) {
            options(c.options());
            string(c.answer());
            return null;
        }

        @Override
        public Void multi(Question.Multi m) {
            options(m.options());
            strings(m.answers());
            return null;
        }

        @Override
        public Void trueFalse(Question.TrueFalse t) {
            flag(t.answer());
            return null;
        }

        @Override
        public Void cloze(Question.Cloze c) {
            string(c.answer());
            strings(c.accept());
            return null;
        }

        @Override
        public Void numeric(Question.Numeric n) {
            decimal(n.answer());
            decimal(n.tolerance());
            string(n.unit());
            return null;
        }

        @Override
        public Void order(Question.Order o) {
            number(o.items().size());
            for (Item i : o.items()) string(i.id()).string(i.text());
            return null;
        }

        @Override
        public Void match(Question.Match m) {
            number(m.pairs().size());
            for (Pair p : m.pairs()) string(p.id()).string(p.left()).string(p.right());
            return null;
        }
    }

    /** Reads what {@link Out} wrote; a damaged input throws {@link IOException} or a model check's exception. */
    static final class In {
        private final DataInputStream in;

        In(byte[] bytes) {
            in = new DataInputStream(new ByteArrayInputStream(bytes));
        }

        byte[] bytes() throws IOException {
            return in.readNBytes(bounded(in.readInt()));
        }

        String string() throws IOException {
            int n = in.readInt();
            return n == -1 ? null : new String(in.readNBytes(bounded(n)), StandardCharsets.UTF_8);
        }

        int number() throws IOException {
            return in.readInt();
        }

        private int count() throws IOException {
            return bounded(in.readInt());
        }

        /** A length or count read from a damaged entry could ask for more than there is. */
        private int bounded(int n) throws IOException {
            if (n < 0 || n > in.available()) throw new IOException("bad length");
            return n;
        }

        private boolean flag() throws IOException {
            return in.readInt() != 0;
        }

        private Evidence evidence() throws IOException {
            String passage = string();
            return passage == null ? null : new Evidence(passage);
        }

        private List<String> strings() throws IOException {
            int n = count();
            List<String> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) list.add(string());
            return list;
        }

        Briefing briefing() throws IOException {
            String id = string();
            String title = string();
            String lead = string();
            Source source = new Source(string(), string(), string(), SourceKind.values()[number()], string(), string());
            String bluf = string();
            int n = count();
            List<Card> cards = new ArrayList<>(n);
            for (int i = 0; i < n; i++) cards.add(new Card(string(), string(), string(), points()));
            n = count();
            List<Figure> figures = new ArrayList<>(n);
            for (int i = 0; i < n; i++) figures.add(new Figure(string(), string(), string(), evidence(), string(), string()));
            n = count();
            List<Person> people = new ArrayList<>(n);
            for (int i = 0; i < n; i++) people.add(new Person(string(), string(), string(), evidence()));
            n = count();
            List<Organization> organizations = new ArrayList<>(n);
            for (int i = 0; i < n; i++) organizations.add(new Organization(string(), string(), string(), evidence()));
            n = count();
            List<Quote> quotes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) quotes.add(new Quote(string(), string(), string(), string()));
            n = count();
            List<TimelineEvent> timeline = new ArrayList<>(n);
            for (int i = 0; i < n; i++) timeline.add(new TimelineEvent(string(), string(), string(), evidence()));
            List<Point> outcomes = points();
            List<Point> context = points();
            List<Point> watch = points();
            n = count();
            List<Question> questions = new ArrayList<>(n);
            for (int i = 0; i < n; i++) questions.add(question());
            Derivation derive = new Derivation(flag(), flag(), flag(), flag());
            return new Briefing(id, title, lead, source, bluf, cards, figures, people, organizations, quotes, timeline,
                    outcomes, context, watch, questions, derive);
        }

        private List<Point> points() throws IOException {
            int n = count();
            List<Point> points = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                points.add(new Point(string(), string(), PointKind.values()[number()], evidence()));
            }
            return points;
        }

        private List<Option> options() throws IOException {
            int n = count();
            List<Option> options = new ArrayList<>(n);
            for (int i = 0; i < n; i++) options.add(new Option(string(), string(), string()));
            return options;
        }

        /** A question, and its fingerprint as worked out when it was written, which {@link ContentHash} takes. */
        Question question() throws IOException {
            Question q = content();
            String fingerprint = string();
            if (fingerprint == null) throw new IOException("a question without its fingerprint");
            ContentHash.known(q, fingerprint);
            return q;
        }

        private Question content() throws IOException {
            int type = number();
            Stem stem = new Stem(string(), string(), string(), number(), string(), evidence(), string(), flag());
            return switch (QuestionType.values()[type]) {
                case CHOICE -> new Question.Choice(stem, options(), string());
                case MULTI -> new Question.Multi(stem, options(), strings());
                case TRUEFALSE -> new Question.TrueFalse(stem, flag());
                case CLOZE -> new Question.Cloze(stem, string(), strings());
                case NUMERIC -> new Question.Numeric(stem, in.readDouble(), in.readDouble(), string());
                case ORDER -> new Question.Order(stem, items());
                case MATCH -> new Question.Match(stem, pairs());
            };
        }

        private List<Item> items() throws IOException {
            int n = count();
            List<Item> items = new ArrayList<>(n);
            for (int i = 0; i < n; i++) items.add(new Item(string(), string()));
            return items;
        }

        private List<Pair> pairs() throws IOException {
            int n = count();
            List<Pair> pairs = new ArrayList<>(n);
            for (int i = 0; i < n; i++) pairs.add(new Pair(string(), string(), string()));
            return pairs;
        }
    }
}
