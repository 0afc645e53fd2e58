package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A day reached by counting days from a start day with a {@link WorkingDayCalendar}, and which years of the count
 * had no holiday notice in the table (those years were counted with plain weekends only: the day may be off by the
 * holidays that year's notice will bring).
 *
 * @param date               the day reached
 * @param yearsWithoutNotice the years counted with weekends only, ascending; empty when every year had its notice
 */
public record CountedDate(LocalDate date, List<Integer> yearsWithoutNotice) {

    /** Copies the list; the date is required. */
    public CountedDate {
        Objects.requireNonNull(date, "date");
        yearsWithoutNotice = List.copyOf(yearsWithoutNotice);
    }

    /** @return true when some year of the count had no holiday notice (weekends only) */
    public boolean weekendsOnly() {
        return !yearsWithoutNotice.isEmpty();
    }
}
