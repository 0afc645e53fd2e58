package org.warmline.legalaid.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal-aid figures (issue 12, point 9) computed from plain rows, without a database: open cases by
 * step, deadlines due this week, workers helped, amounts owed, recovered and confirmed received, and one
 * bar group per week of the season. Weeks start on Monday (Asia/Shanghai); the season starts on a month-day
 * (default 1 November: the winter campaign runs to Spring Festival), the latest one on or before today.
 */
public final class DashboardFigures {

    /** Dates of the figures are the worker's calendar (China Standard Time). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DashboardFigures() {
    }

    /**
     * One case as the figures count it.
     *
     * @param id           case id
     * @param step         the current step's name (INTAKE … CLOSED)
     * @param open         whether the case is open (not REJECTED or CLOSED)
     * @param createdAt    when it was opened
     * @param closedAt     when it closed (its CLOSED step), or null
     * @param owedFen      wages owed to all its claimants, fen
     * @param recoveredFen amount recovered at closing, fen, or null
     * @param receivedFen  amount the workers confirmed receiving, fen, or null
     * @param workerIds    its claimants' worker ids
     */
    public record CaseRow(long id, String step, boolean open, Instant createdAt, Instant closedAt, long owedFen,
                          Long recoveredFen, Long receivedFen, Collection<Long> workerIds) { }

    /**
     * A worker's confirmation of money received.
     *
     * @param at        when they confirmed
     * @param amountFen the amount, fen
     */
    public record Received(Instant at, long amountFen) { }

    /**
     * One week of the season.
     *
     * @param weekStart    its Monday
     * @param opened       cases opened that week
     * @param owedFen      wages owed in the cases opened that week, fen
     * @param recoveredFen recovered in the cases closed that week, fen
     * @param receivedFen  confirmed received that week, fen
     */
    public record Week(LocalDate weekStart, int opened, long owedFen, long recoveredFen, long receivedFen) { }

    /**
     * The figures.
     *
     * @param openCases         open cases
     * @param openByStep        open cases per step name, in step order of the rows
     * @param deadlinesThisWeek open cases whose nearest deadline falls on today or one of the next 7 days
     * @param workersHelped     distinct workers among the claimants of all cases counted
     * @param owedFen           wages owed in all cases counted, fen
     * @param recoveredFen      recovered in all cases counted, fen
     * @param receivedFen       confirmed received in all cases counted, fen
     * @param season            one entry per week from the season's first Monday to this week
     */
    public record Figures(int openCases, Map<String, Integer> openByStep, int deadlinesThisWeek, int workersHelped,
                          long owedFen, long recoveredFen, long receivedFen, List<Week> season) { }

    /**
     * @param cases        the cases in the caller's scope
     * @param received     the confirmations of money received in those cases
     * @param dueThisWeek  ids of the cases whose nearest deadline is within 7 days
     * @param today        today (Asia/Shanghai)
     * @param seasonStart  the season's first day of the year, e.g. 11-01
     * @return the figures
     */
    public static Figures of(List<CaseRow> cases, List<Received> received, Set<Long> dueThisWeek, LocalDate today,
                             MonthDay seasonStart) {
        Map<String, Integer> byStep = new LinkedHashMap<>();
        Set<Long> workers = new HashSet<>();
        int open = 0;
        int due = 0;
        long owed = 0;
        long recovered = 0;
        long got = 0;
        for (CaseRow c : cases) {
            if (c.open()) {
                open++;
                byStep.merge(c.step(), 1, Integer::sum);
                if (dueThisWeek.contains(c.id())) {
                    due++;
                }
            }
            workers.addAll(c.workerIds());
            owed += c.owedFen();
            recovered += c.recoveredFen() == null ? 0 : c.recoveredFen();
            got += c.receivedFen() == null ? 0 : c.receivedFen();
        }
        return new Figures(open, byStep, due, workers.size(), owed, recovered, got,
                season(cases, received, today, seasonStart));
    }

    /**
     * @param today       today
     * @param seasonStart the season's first day of the year
     * @return the Monday on or before the latest season start on or before today
     */
    public static LocalDate firstWeek(LocalDate today, MonthDay seasonStart) {
        LocalDate start = seasonStart.atYear(today.getYear());
        if (start.isAfter(today)) {
            start = seasonStart.atYear(today.getYear() - 1);
        }
        return start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static List<Week> season(List<CaseRow> cases, List<Received> received, LocalDate today, MonthDay seasonStart) {
        LocalDate first = firstWeek(today, seasonStart);
        LocalDate thisWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int weeks = (int) (java.time.temporal.ChronoUnit.WEEKS.between(first, thisWeek) + 1);
        int[] opened = new int[weeks];
        long[] owed = new long[weeks];
        long[] recovered = new long[weeks];
        long[] got = new long[weeks];
        for (CaseRow c : cases) {
            int w = week(first, c.createdAt(), weeks);
            if (w >= 0) {
                opened[w]++;
                owed[w] += c.owedFen();
            }
            int closed = week(first, c.closedAt(), weeks);
            if (closed >= 0 && c.recoveredFen() != null) {
                recovered[closed] += c.recoveredFen();
            }
        }
        for (Received r : received) {
            int w = week(first, r.at(), weeks);
            if (w >= 0) {
                got[w] += r.amountFen();
            }
        }
        List<Week> out = new ArrayList<>(weeks);
        for (int i = 0; i < weeks; i++) {
            out.add(new Week(first.plusWeeks(i), opened[i], owed[i], recovered[i], got[i]));
        }
        return out;
    }

    private static int week(LocalDate first, Instant at, int weeks) {
        if (at == null) {
            return -1;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, at.atZone(ZONE).toLocalDate());
        return days < 0 || days / 7 >= weeks ? -1 : (int) (days / 7);
    }
}
