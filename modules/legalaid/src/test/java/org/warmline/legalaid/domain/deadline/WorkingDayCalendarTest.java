package org.warmline.legalaid.domain.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.china();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void complaintFiledJustBeforeNationalDay2026IsAcceptedAfterTheHolidayCountingTheMakeUpSaturday() {
        // Wed 30 Sep; 1-7 Oct off; Thu 8, Fri 9, Sat 10 (调休), Mon 12, Tue 13.
        CountedDate due = calendar.plusWorkingDays(d("2026-09-30"), 5);
        assertEquals(d("2026-10-13"), due.date());
        assertFalse(due.weekendsOnly());
    }

    @Test
    void makeUpSundayBeforeNationalDay2026CountsAsAWorkingDay() {
        // Fri 18 Sep; Sat 19 off; Sun 20 (调休) counts; Mon 21 .. Thu 24.
        assertEquals(d("2026-09-24"), calendar.plusWorkingDays(d("2026-09-18"), 5).date());
        assertTrue(calendar.isWorkingDay(d("2026-09-20")));
        assertTrue(calendar.isWorkingDay(d("2026-10-10")));
        assertFalse(calendar.isWorkingDay(d("2026-10-05")));
        assertFalse(calendar.isWorkingDay(d("2026-10-11")));
    }

    @Test
    void springFestival2026RunsFrom15To23FebruaryWithSaturdays14And28Worked() {
        assertTrue(calendar.isWorkingDay(d("2026-02-14")));
        for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(day), day.toString());
        }
        assertTrue(calendar.isWorkingDay(d("2026-02-24")));
        assertTrue(calendar.isWorkingDay(d("2026-02-28")));
    }

    @Test
    void everyDayOfTheTableIsAppliedAndEveryYearHasItsNotice() {
        List<CSVRecord> rows = Tables.read("holidays-cn.csv");
        assertTrue(rows.size() > 100, "rows: " + rows.size());
        for (CSVRecord row : rows) {
            boolean workday = "WORKDAY".equals(row.get("kind"));
            assertEquals(workday, calendar.isWorkingDay(d(row.get("date"))), row.toString());
        }
        for (int year = 2024; year <= 2026; year++) {
            assertTrue(calendar.hasNotice(year));
            assertTrue(calendar.notice(year).isPresent());
        }
        assertEquals("国办发明电〔2024〕12号", calendar.notice(2025).orElseThrow().number());
    }

    @Test
    void yearsLunarCarriesItselfStillCountTheirHolidays() {
        assertTrue(calendar.hasNotice(2023));
        assertFalse(calendar.isWorkingDay(d("2023-10-02")));
        assertTrue(calendar.isWorkingDay(d("2023-10-07")));
    }

    @Test
    void aYearWithoutNoticeCountsPlainWeekendsAndSaysSo() {
        assertFalse(calendar.hasNotice(2027));
        // Thu 30 Sep 2027: Fri 1 Oct counts as a plain weekday, then Mon 4 .. Thu 7.
        CountedDate due = calendar.plusWorkingDays(d("2027-09-30"), 5);
        assertEquals(d("2027-10-07"), due.date());
        assertEquals(List.of(2027), due.yearsWithoutNotice());
    }

    @Test
    void aCountRunningIntoAYearWithoutNoticeIsFlagged() {
        CountedDate due = calendar.plusWorkingDays(d("2026-12-28"), 5);
        assertEquals(d("2027-01-04"), due.date());
        assertTrue(due.weekendsOnly());
        CountedDate inside = calendar.plusWorkingDays(d("2026-12-01"), 5);
        assertFalse(inside.weekendsOnly());
    }

    @Test
    void aCalendarDayPeriodEndingInAHolidayEndsOnTheNextWorkingDay() {
        assertEquals(d("2026-10-08"), calendar.plusCalendarDays(d("2026-09-24"), 7).date());
        assertEquals(d("2026-09-30"), calendar.plusCalendarDays(d("2026-09-23"), 7).date());
        // Sat 10 Oct is a make-up working day: a period ending then ends then.
        assertEquals(d("2026-10-10"), calendar.plusCalendarDays(d("2026-10-03"), 7).date());
    }
}
