package org.warmline.legalaid.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes the reminders of legal deadlines that fall due (30/14/7/3/1 days before each, {@code ReminderRule}) once
 * each into {@code la_deadline_reminder}, where staff see them ({@code GET /api/legalaid/deadlines/reminders}).
 * Runs hourly (a non-persistent EJB timer, so each node of a cluster runs it; the table's unique key keeps every
 * reminder single: a node that loses the race fails its run harmlessly and the next run finds nothing to write).
 * "Today" comes from the injected {@link Clock} in Asia/Shanghai; the use case itself is
 * {@link DeadlineService#writeDueReminders(LocalDate)}, tested with a fixed day.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

    @Inject
    DeadlineService deadlines;

    @Inject
    Clock clock;

    /** The hourly run; failures are logged, not thrown. */
    @Schedule(hour = "*", minute = "7", persistent = false)
    public void run() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline reminder run failed; the next run retries", e);
        }
    }

    /**
     * Writes the reminders due today.
     *
     * @return how many were written
     */
    public int runNow() {
        LocalDate today = LocalDate.now(clock.withZone(DeadlineService.ZONE));
        int written = deadlines.writeDueReminders(today);
        if (written > 0) {
            LOG.info(() -> "Deadline reminders written: " + written + " (" + today + ")");
        }
        return written;
    }
}
