package brief.progress;

import brief.model.ContentHash;
import brief.model.Question;
import brief.schedule.Rating;
import brief.schedule.Schedule;
import brief.schedule.Scheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
        AnswerLog log = store.answers(briefing);
        // The old hashes (of each question's toString, slow to make) are worked out only when there is one to carry.
        if (log.anyLegacyHash()) {
            Map<String, ProgressStore.Hashes> hashes = new HashMap<>();
            for (Question q : questions) {
                hashes.put(q.id(), new ProgressStore.Hashes(ContentHash.legacy(q), ContentHash.of(q)));
            }
            store.carryOverHashes(briefing, hashes);
            log = store.answers(briefing);
        }
        return replay(questions, log, scheduler);
    }

    /** One question as the replay goes: what its answers so far add up to. */
    private static final class Track {
        final Question question;
        final String present;
        String legacy;
        /** The log's answers to its present wording, in the order given. */
        int[] rows = new int[0];
        boolean merged;
        Schedule schedule = Schedule.NEW;
        double latest;
        Instant first;
        long firstOrder;
        long firstMissOrder;
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

        /** Takes the group's answers that were given to this question as it is worded now. */
        void take(AnswerLog log, int group) {
            String hash = log.hash(group);
            boolean present = hash.equals(this.present);
            int[] own = new int[log.end(group) - log.start(group)];
            int n = 0;
            for (int i = log.start(group); i < log.end(group); i++) {
                if (log.legacyHash(i) ? hash.equals(hash(true)) : present) own[n++] = i;
            }
            if (n == 0) return;
            // A second group is a second hash that matches (an old one not carried over): its answers are merged in order.
            merged = rows.length > 0;
            int[] all = Arrays.copyOf(rows, rows.length + n);
            System.arraycopy(own, 0, all, rows.length, n);
            rows = all;
        }

        /** The answers in the order given. */
        int[] ordered(AnswerLog log) {
            if (!merged) return rows;
            return Arrays.stream(rows).boxed().sorted(Comparator.comparingLong(log::order)).mapToInt(i -> i).toArray();
        }
    }

    public static Memory replay(List<Question> questions, List<Records.Review> reviews, Scheduler scheduler) {
        return replay(questions, AnswerLog.of(reviews), scheduler);
    }

    public static Memory replay(List<Question> questions, AnswerLog log, Scheduler scheduler) {
        Map<String, Track> tracks = new HashMap<>();
        for (Question q : questions) tracks.put(q.id(), new Track(q));
        // One lookup a group of answers, not one an answer.
        for (int g = 0; g < log.groups(); g++) {
            Track t = tracks.get(log.question(g));
            if (t != null) t.take(log, g);
        }
        List<Track> answered = new ArrayList<>();
        List<Track> missed = new ArrayList<>();
        int passed = 0;
        int taken = 0;
        for (Track t : tracks.values()) {
            for (int i : t.ordered(log)) {
                Instant at = log.answeredAt(i);
                double credit = log.credit(i);
                Schedule before = t.schedule;
                Rating rating = Rating.of(credit, log.hintUsed(i), log.skipped(i));
                if (!before.isNew() && !sameDay(before.lastReview(), at)) {
                    taken++;
                    if (rating.recalled()) passed++;
                }
                t.schedule = scheduler.review(before, rating, at);
                t.latest = credit;
                if (t.answers++ == 0) {
                    t.first = at;
                    t.firstOrder = log.order(i);
                    answered.add(t);
                }
                t.last = rating;
                if (credit < 1 && t.misses++ == 0) {
                    t.firstMissOrder = log.order(i);
                    missed.add(t);
                }
            }
        }
        // In the order each was first answered (and first missed), as the maps were filled answer by answer.
        answered.sort(Comparator.comparingLong(t -> t.firstOrder));
        missed.sort(Comparator.comparingLong(t -> t.firstMissOrder));
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
