package brief.progress;

import brief.model.Briefing;
import brief.model.Card;
import brief.model.Question;
import brief.schedule.Schedule;
import brief.schedule.Scheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What a reader has done with a briefing and what they remember now. A card's mastery is the mean chance, by
 * FSRS, of recalling each of its questions now (never answered, or missed the last time, counts 0), so it fades
 * with time as memory does.
 *
 * @param now      the moment the stats describe
 * @param forecast questions falling due on each of the next 14 days (today first, overdue included)
 */
public record Stats(String briefing, String title, List<Records.Session> sessions, List<CardMastery> cards,
                    List<Missed> mostMissed, Optional<Instant> lastStudied, List<QuestionMemory> questions,
                    OptionalDouble retention, double desiredRetention, int[] forecast, Instant now) {

    /** Sessions of fewer questions than this (or than the whole briefing, when it has fewer) do not set a score. */
    public static final int FULL_SESSION = 12;
    /** brief's scheduler: a question falls due when recall is predicted to drop to 90%. */
    public static final Scheduler SCHEDULER = Scheduler.days(0.9);

    public record CardMastery(String id, String title, int questions, int answered, double mastery) {}

    public record Missed(String question, String prompt, int misses, int answers) {}

    /** One question's memory now, for {@code stats --json}; mastery as {@link Memory#mastery} has it. */
    public record QuestionMemory(String id, String card, Schedule schedule, double retrievability, double mastery,
                                 int answers) {}

    public static Stats of(Briefing b, List<Question> questions, ProgressStore store) throws StoreException {
        Instant now = store.clock().instant();
        Memory memory = Memory.load(b.id(), questions, store, SCHEDULER);
        List<QuestionMemory> each = new ArrayList<>();
        for (Question q : questions) {
            Schedule s = memory.schedules().get(q.id());
            each.add(new QuestionMemory(q.id(), q.card(), s, SCHEDULER.retrievability(s, now),
                    memory.mastery(q.id(), SCHEDULER, now), memory.answers().getOrDefault(q.id(), 0)));
        }
        // Grouped once: filtering every question for each card is cards times questions.
        Map<String, List<QuestionMemory>> byCard = new HashMap<>();
        for (QuestionMemory q : each) byCard.computeIfAbsent(q.card(), k -> new ArrayList<>()).add(q);
        List<CardMastery> cards = new ArrayList<>();
        for (Card c : b.cards()) {
            List<QuestionMemory> own = byCard.getOrDefault(c.id(), List.of());
            double sum = own.stream().mapToDouble(QuestionMemory::mastery).sum();
            int answered = (int) own.stream().filter(q -> !q.schedule().isNew()).count();
            cards.add(new CardMastery(c.id(), c.title(), own.size(), answered, own.isEmpty() ? 0 : sum / own.size()));
        }
        List<Missed> missed = new ArrayList<>();
        for (Question q : questions) {
            int misses = memory.misses().getOrDefault(q.id(), 0);
            if (misses > 0) missed.add(new Missed(q.id(), q.stem().prompt(), misses, memory.answers().get(q.id())));
        }
        missed.sort(Comparator.comparingInt(Missed::misses).reversed().thenComparing(Missed::question));
        ZoneId zone = store.clock().getZone();
        int[] forecast = new int[14];
        LocalDate today = LocalDate.ofInstant(now, zone);
        for (QuestionMemory q : each) {
            if (q.schedule().isNew()) continue;
            long day = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(today,
                    LocalDate.ofInstant(q.schedule().due(), zone)));
            if (day < forecast.length) forecast[(int) day]++;
        }
        return new Stats(b.id(), b.title(), store.sessions(b.id()), cards, List.copyOf(missed.subList(0, Math.min(5,
                missed.size()))), store.lastStudied(b.id()), each, memory.retention(), SCHEDULER.desiredRetention(),
                forecast, now);
    }

    /** The questions whose latest answer, to their present wording, earned less than full credit. */
    public static Set<String> mistakes(ProgressStore store, String briefing, List<Question> questions)
            throws StoreException {
        Memory memory = Memory.load(briefing, questions, store, SCHEDULER);
        Set<String> ids = new LinkedHashSet<>();
        for (Map.Entry<String, Double> e : memory.latestCredit().entrySet()) {
            if (e.getValue() < 1) ids.add(e.getKey());
        }
        return ids;
    }

    /** Mean mastery over the cards' questions, 0 to 1. */
    public double mastery() {
        int total = cards.stream().mapToInt(CardMastery::questions).sum();
        if (total == 0) return 0;
        return cards.stream().mapToDouble(c -> c.mastery() * c.questions()).sum() / total;
    }

    /** Questions due now. */
    public int due() {
        return (int) questions.stream().filter(q -> q.schedule().dueBy(now)).count();
    }

    /** Questions never answered. */
    public int unseen() {
        return (int) questions.stream().filter(q -> q.schedule().isNew()).count();
    }

    /**
     * Sessions that set a score: quizzes of the full default size or more (or of every question) in which at least
     * one question was answered. Retries, mistake reviews, short quizzes and quizzes left unanswered do not.
     */
    public List<Records.Session> scored() {
        int full = Math.min(FULL_SESSION, questions.size());
        return sessions.stream().filter(s -> s.mode() == brief.quiz.SessionKind.QUIZ && s.questions() >= full
                && s.answered() > 0 && s.possible() > 0).toList();
    }

    public Optional<Integer> best() {
        return scored().stream().map(Records.Session::percent).max(Integer::compare);
    }

    public Optional<Integer> last() {
        List<Records.Session> s = scored();
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(s.size() - 1).percent());
    }

    public Optional<Integer> average() {
        List<Records.Session> s = scored();
        return s.isEmpty() ? Optional.empty()
                : Optional.of((int) Math.round(s.stream().mapToInt(Records.Session::percent).average().orElse(0)));
    }
}
