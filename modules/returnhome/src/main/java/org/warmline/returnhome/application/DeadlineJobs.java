package org.warmline.returnhome.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs {@link TripService#runDeadlines()} every five minutes (a non-persistent EJB timer, so each node
 * of a cluster runs it; trips are guarded by optimistic locks, so a concurrent run fails harmlessly
 * and the next one catches up). The use case itself is tested with an injected clock.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeadlineJobs {

    private static final Logger LOG = Logger.getLogger(DeadlineJobs.class.getName());

    @Inject
    TripService trips;

    /** Releases unconfirmed seats to the waitlist and sends due reminders; failures are logged, not thrown. */
    @Schedule(hour = "*", minute = "*/5", persistent = false)
    public void run() {
        try {
            TripService.DeadlineRun run = trips.runDeadlines();
            if (run.expired() + run.offered() + run.reminded() > 0) {
                LOG.info(() -> "Deadlines: " + run);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline run failed; the next run retries", e);
        }
    }
}
