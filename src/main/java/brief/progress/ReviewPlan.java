package brief.progress;

import brief.schedule.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What {@code brief review} asks: the questions due across the briefings, most overdue first, then questions never
 * answered, as many as today's allowance of new ones leaves, up to {@code count} in all.
 */
public final class ReviewPlan {
    private ReviewPlan() {}

    /** One briefing's questions as the scheduler sees them. */
    public record Briefing(String id, Memory memory) {}

    /** A question to ask, and when it fell due (null for a new one). */
    public record Pick(String briefing, String question, Instant due) {}

    /** Due questions first (most overdue first), then new ones while {@code newToday} stays under {@code newPerDay}. */
    public static List<Pick> choose(List<Briefing> briefings, Instant now, ZoneId zone, int count, int newPerDay) {
        List<Pick> due = new ArrayList<>();
        List<Pick> fresh = new ArrayList<>();
        int newToday = 0;
        for (Briefing b : briefings) {
            newToday += b.memory().newOn(now, zone);
            for (Map.Entry<String, Schedule> e : b.memory().schedules().entrySet()) {
                Schedule s = e.getValue();
                if (s.dueBy(now)) due.add(new Pick(b.id(), e.getKey(), s.due()));
                else if (s.isNew()) fresh.add(new Pick(b.id(), e.getKey(), null));
            }
        }
        due.sort(Comparator.comparing(Pick::due));
        List<Pick> out = new ArrayList<>(due.subList(0, Math.min(count, due.size())));
        int allowance = Math.max(0, newPerDay - newToday);
        for (Pick p : fresh) {
            if (out.size() >= count || allowance == 0) break;
            out.add(p);
            allowance--;
        }
        return out;
    }

    /**
     * When the next questions fall due after {@code now}: "next: 6 questions tomorrow, 14 in a week", or "next: 2
     * questions in 5 days", or that none is scheduled.
     */
    public static String next(List<Briefing> briefings, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Long> days = new ArrayList<>();
        int dueNow = 0;
        for (Briefing b : briefings) {
            for (Schedule s : b.memory().schedules().values()) {
                if (s.isNew()) continue;
                if (s.dueBy(now)) dueNow++;
                else days.add(ChronoUnit.DAYS.between(today, LocalDate.ofInstant(s.due(), zone)));
            }
        }
        String still = dueNow > 0 ? "still due now: " + questions(dueNow) + "; " : "";
        if (days.isEmpty()) return still + "next: nothing scheduled yet";
        long laterToday = days.stream().filter(d -> d == 0).count();
        long tomorrow = days.stream().filter(d -> d == 1).count();
        long week = days.stream().filter(d -> d <= 7).count();
        if (laterToday > 0 || tomorrow > 0) {
            String soon = laterToday > 0 ? questions(laterToday) + " later today" : questions(tomorrow) + " tomorrow";
            if (laterToday > 0 && tomorrow > 0) soon += ", " + tomorrow + " tomorrow";
            return still + "next: " + soon + (week > laterToday + tomorrow ? ", " + week + " in a week" : "");
        }
        long first = days.stream().min(Long::compare).orElseThrow();
        long thatDay = days.stream().filter(d -> d == first).count();
        return still + "next: " + questions(thatDay) + " in " + first + " days" + (week > thatDay ? ", " + week + " in a week" : "");
    }

    private static String questions(long n) {
        return n + (n == 1 ? " question" : " questions");
    }
}
