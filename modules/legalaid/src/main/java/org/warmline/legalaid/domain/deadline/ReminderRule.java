package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * Staff are reminded of each running deadline 30, 14, 7, 3 and 1 days before it (issue 12 point 3). A reminder
 * becomes due on its day and stays due until the next one: the job that checks less often than daily, or a
 * deadline first computed 5 days before it runs out, gets the latest reminder that applies (the 7-day one), once,
 * and never a burst of the older ones. A deadline due today still gets the 1-day reminder; a passed one gets none.
 */
public final class ReminderRule {

    /** Days before a deadline at which staff are reminded, largest first. */
    public static final List<Integer> DAYS_BEFORE = List.of(30, 14, 7, 3, 1);

    private ReminderRule() {
    }

    /**
     * @param dueOn the deadline's last day
     * @param today the current day in Asia/Shanghai
     * @return the reminder due now (its days-before figure), or empty when none is (more than 30 days left, or passed)
     */
    public static OptionalInt dueReminder(LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return OptionalInt.empty();
        }
        long left = ChronoUnit.DAYS.between(today, dueOn);
        if (left < 0 || left > DAYS_BEFORE.get(0)) {
            return OptionalInt.empty();
        }
        int due = DAYS_BEFORE.get(0);
        for (int days : DAYS_BEFORE) {
            if (days >= left) {
                due = days;
            }
        }
        return OptionalInt.of(due);
    }
}
