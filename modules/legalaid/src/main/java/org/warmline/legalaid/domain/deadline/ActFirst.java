package org.warmline.legalaid.domain.deadline;

import java.time.LocalDate;

/**
 * Legal Aid Law Art. 44: legal aid may act before the application papers are complete when fewer than 7 days remain
 * before a limitation period ends. The alert is raised for a running limitation clock that ends today or within the
 * next 6 days; a limitation already passed is not an act-first case (it is shown as passed).
 */
public final class ActFirst {

    /** Fewer than this many days left raises the alert (Legal Aid Law Art. 44). */
    public static final int DAYS = 7;

    private ActFirst() {
    }

    /**
     * @param limitation the case's limitation clock ({@link DeadlineKind#ARBITRATION_LIMITATION}), may be null
     * @param today      the current day in Asia/Shanghai
     * @return true when the limitation runs and ends in 0..6 days
     */
    public static boolean applies(Deadline limitation, LocalDate today) {
        if (limitation == null || limitation.kind() != DeadlineKind.ARBITRATION_LIMITATION || !limitation.running()) {
            return false;
        }
        long left = limitation.daysLeft(today);
        return left >= 0 && left < DAYS;
    }
}
