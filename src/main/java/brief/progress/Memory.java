package brief.progress;

import brief.model.ContentHash;
import brief.model.Question;
import brief.schedule.Rating;
import brief.schedule.Schedule;
import brief.schedule.Scheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each question's schedule, replayed from every answer given to its present content, in the order given. Nothing
 * is cached: what is shown is always what a replay gives.
 *
 * @param schedules     by question id, in the briefing's order of questions
 * @param latestCredit  the credit of the latest answer to each question answered
 * @param answers       answers to each question's present content
 * @param misses        of those, answers with less than full credit
 * @param reviewsPassed answers to a question already seen on an earlier day that were recalled (not Again)
 * @param reviewsTaken  answers to a question already seen on an earlier day
 */
public record Memory(Map<String, Schedule> schedules, Map<String, Double> latestCredit, Map<String, Integer> answers,
                     Map<String, Integer> misses, Map<String, Instant> firstAnswered, Map<String, Rating> lastRating,
                     int reviewsPassed, int reviewsTaken) {

    /** Brings answers saved by brief 0.1.0 over to the present hashes (once), then replays every answer. */
    public static Memory load(String briefing, List<Question> questions, ProgressStore store, Scheduler scheduler)
            throws StoreException {
        List<Records.Review> reviews = store.reviews(briefing);
        // The old hashes (of each question's toString, slow to make) are worked out only when there is one to carry.
        if (reviews.stream().anyMatch(Records.Review::legacyHash)) {
            Map<String, ProgressStore.Hashes> hashes = new HashMap<>();
            for (Question q : questions) {
                hashes.put(q.id(), new ProgressStore.Hashes(ContentHash.legacy(q), ContentHash.of(q)));
            }
            store.carryOverHashes(briefing, hashes);
            reviews = store.reviews(briefing);
        }
        return replay(questions, reviews, scheduler);
    }

    /** One question as the replay goes: what its answers so far add up to. */
    private static final class Track {
        final Question question;
        final String present;
        String legacy;
        Schedule schedule = Schedule.NEW;
        double latest;
        Instant first;
        Rating last;
        int answers;
        int misses;

        Track(Question question) {
            this.question = question;
            this.present = ContentHash.of(question);
        }

        String hash(boolean legacyHash) {
            if (!legacyHash) return present;
            if (legacy == null) legacy = ContentHash.legacy(question);
            return legacy;
        }
    }

    public static Memory replay(List<Question> questions, List<Records.Review> reviews, Scheduler scheduler) {
        // One lookup an answer: a map per figure would be six for each of 100,000 answers.
        Map<String, Track> tracks = new HashMap<>();
        for (Question q : questions) tracks.put(q.id(), new Track(q));
        // In the order each was first answered (and first missed), as the maps were filled answer by answer.
        List<Track> answered = new ArrayList<>();
        List<Track> missed = new ArrayList<>();
        int passed = 0;
        int taken = 0;
        for (Records.Review r : reviews) {
            Track t = tracks.get(r.question());
            if (t == null || !r.questionHash().equals(t.hash(r.legacyHash()))) continue;
            Schedule before = t.schedule;
            Rating rating = Rating.of(r.credit(), r.hintUsed(), r.skipped());
            if (!before.isNew() && !sameDay(before.lastReview(), r.answeredAt())) {
                taken++;
                if (rating.recalled()) passed++;
            }
            t.schedule = scheduler.review(before, rating, r.answeredAt());
            t.latest = r.credit();
            if (t.answers++ == 0) {
                t.first = r.answeredAt();
                answered.add(t);
            }
            t.last = rating;
            if (r.credit() < 1 && t.misses++ == 0) missed.add(t);
        }
        Map<String, Schedule> schedules = new LinkedHashMap<>();
        for (Question q : questions) schedules.put(q.id(), tracks.get(q.id()).schedule);
        Map<String, Double> latest = new HashMap<>();
        Map<String, Integer> answers = new HashMap<>();
        Map<String, Instant> first = new HashMap<>();
        Map<String, Rating> last = new HashMap<>();
        for (Track t : answered) {
            String id = t.question.id();
            latest.put(id, t.latest);
            answers.put(id, t.answers);
            first.put(id, t.first);
            last.put(id, t.last);
        }
        Map<String, Integer> misses = new HashMap<>();
        for (Track t : missed) misses.put(t.question.id(), t.misses);
        return new Memory(schedules, latest, answers, misses, first, last, passed, taken);
    }

    private static boolean sameDay(Instant last, Instant now) {
        return java.time.Duration.between(last, now).toDays() < 1;
    }

    /**
     * How well a question is known now: FSRS's chance of recall, except that a question whose latest answer was
     * wrong (Again) counts 0 until it is answered right, though FSRS sees it as freshly seen in the feedback.
     */
    public double mastery(String question, Scheduler scheduler, Instant now) {
        if (lastRating.get(question) == Rating.AGAIN) return 0;
        return scheduler.retrievability(schedules.get(question), now);
    }

    /** The share of reviews on later days that were recalled; empty until there is one. */
    public java.util.OptionalDouble retention() {
        return reviewsTaken == 0 ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of((double) reviewsPassed / reviewsTaken);
    }

    /**
     * How much a short quiz wants each question, lowest first: those due (most overdue first), then those never
     * answered (all alike), then the rest, least likely to be recalled first.
     */
    public Map<String, Integer> rank(Instant now, Scheduler scheduler) {
        Map<String, Integer> rank = new HashMap<>();
        List<String> due = due(now);
        for (String id : due) rank.put(id, rank.size());
        int unseen = rank.size();
        schedules.forEach((id, s) -> {
            if (s.isNew()) rank.put(id, unseen);
        });
        List<String> rest = schedules.entrySet().stream()
                .filter(e -> !e.getValue().isNew() && !e.getValue().dueBy(now))
                .sorted(java.util.Comparator.comparingDouble(e -> scheduler.retrievability(e.getValue(), now)))
                .map(Map.Entry::getKey).toList();
        for (int i = 0; i < rest.size(); i++) rank.put(rest.get(i), unseen + 1 + i);
        return rank;
    }

    /** Questions answered for the first time on the calendar day of {@code now}. */
    public int newOn(Instant now, java.time.ZoneId zone) {
        java.time.LocalDate today = java.time.LocalDate.ofInstant(now, zone);
        return (int) firstAnswered.values().stream().filter(t -> java.time.LocalDate.ofInstant(t, zone).equals(today))
                .count();
    }

    /** The ids of the questions due at {@code now}, most overdue first. */
    public List<String> due(Instant now) {
        return schedules.entrySet().stream().filter(e -> e.getValue().dueBy(now))
                .sorted(java.util.Comparator.comparing(e -> e.getValue().due())).map(Map.Entry::getKey).toList();
    }
}
