package org.warmline.core.domain.calendar;

import java.time.LocalDate;

/** What a date in a worker's words resolves to. */
public sealed interface DateResolution {

    /** A real calendar day. @param date the day, in Asia/Shanghai */
    record Resolved(LocalDate date) implements DateResolution { }

    /**
     * A date that does not exist, e.g. 腊月三十 in a year whose 腊月 has 29 days, or 2月30日.
     *
     * @param reasonKey a message key for the reply, e.g. "date.no-such-lunar-day"
     * @param lastDayOfMonth the last real day of that month (e.g. 腊月廿九's Gregorian date), or null
     */
    record NonExistent(String reasonKey, LocalDate lastDayOfMonth) implements DateResolution { }
}
