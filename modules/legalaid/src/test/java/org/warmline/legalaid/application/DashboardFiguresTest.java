package org.warmline.legalaid.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.warmline.legalaid.application.DashboardFigures.CaseRow;
import org.warmline.legalaid.application.DashboardFigures.Figures;
import org.warmline.legalaid.application.DashboardFigures.Received;

class DashboardFiguresTest {

    private static final MonthDay NOV_1 = MonthDay.of(11, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7); // a Monday

    @Test
    void countsOpenCasesByStepWorkersOnceAndSumsMoney() {
        List<CaseRow> rows = List.of(
                new CaseRow(1, "INTAKE", true, Instant.parse("2026-11-03T02:00:00Z"), null, 1_000_00, null, null, List.of(10L, 11L)),
                new CaseRow(2, "INTAKE", true, Instant.parse("2026-11-20T02:00:00Z"), null, 2_000_00, null, null, List.of(11L)),
                new CaseRow(3, "ARBITRATION", true, Instant.parse("2026-12-01T02:00:00Z"), null, 500_00, null, null, List.of(12L)),
                new CaseRow(4, "CLOSED", false, Instant.parse("2026-11-05T02:00:00Z"), Instant.parse("2026-12-02T02:00:00Z"),
                        3_000_00, 2_500_00L, 2_000_00L, List.of(13L)));
        Figures f = DashboardFigures.of(rows, List.of(new Received(Instant.parse("2026-12-03T02:00:00Z"), 2_000_00)),
                Set.of(1L, 4L), TODAY, NOV_1);
        assertEquals(3, f.openCases());
        assertEquals(Map.of("INTAKE", 2, "ARBITRATION", 1), f.openByStep());
        assertEquals(1, f.deadlinesThisWeek(), "a closed case's deadline is not counted");
        assertEquals(4, f.workersHelped(), "worker 11 claims in two cases: once");
        assertEquals(6_500_00, f.owedFen());
        assertEquals(2_500_00, f.recoveredFen());
        assertEquals(2_000_00, f.receivedFen());
    }

    @Test
    void theSeasonHasOneWeekPerMondayFromTheSeasonStartWithMoneyInTheRightWeek() {
        List<CaseRow> rows = List.of(
                new CaseRow(1, "INTAKE", true, Instant.parse("2026-11-03T02:00:00Z"), null, 1_000_00, null, null, List.of(1L)),
                // 2026-11-29T17:00Z is Monday 30 Nov 01:00 in Shanghai: the week of 30 Nov
                new CaseRow(2, "CLOSED", false, Instant.parse("2026-11-29T17:00:00Z"), Instant.parse("2026-12-07T01:00:00Z"),
                        2_000_00, 1_500_00L, null, List.of(2L)));
        Figures f = DashboardFigures.of(rows, List.of(new Received(Instant.parse("2026-12-07T03:00:00Z"), 700_00)),
                Set.of(), TODAY, NOV_1);
        // 1 Nov 2026 is a Sunday: the season's first week starts Monday 26 Oct; 26 Oct .. 7 Dec is 7 weeks
        assertEquals(7, f.season().size());
        assertEquals(LocalDate.of(2026, 10, 26), f.season().get(0).weekStart());
        assertEquals(1_000_00, f.season().get(1).owedFen());
        assertEquals(2_000_00, f.season().get(5).owedFen());
        assertEquals(1, f.season().get(5).opened());
        assertEquals(1_500_00, f.season().get(6).recoveredFen());
        assertEquals(700_00, f.season().get(6).receivedFen());
    }

    @Test
    void beforeTheSeasonStartsThisYearTheSeasonIsLastYears() {
        assertEquals(LocalDate.of(2026, 10, 26), DashboardFigures.firstWeek(LocalDate.of(2027, 1, 20), NOV_1));
    }
}
