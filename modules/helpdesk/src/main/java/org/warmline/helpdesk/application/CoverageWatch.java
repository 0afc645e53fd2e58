package org.warmline.helpdesk.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link CentreCoverage} on Payara's default managed scheduler (as {@link SnoozeWaker} does) every
 * {@code warmline.helpdesk.coverage-check} (default 15 seconds): each waiting conversation that nobody
 * picked up in its centre's time, or whose centre has nobody on duty any more, climbs to the parent
 * centre. Each conversation is moved in its own transaction, so an operator's change to one (an
 * optimistic-lock race) holds back only that one until the next round.
 */
@ApplicationScoped
public class CoverageWatch {

    private static final Logger LOG = Logger.getLogger(CoverageWatch.class.getName());

    @Inject
    CentreCoverage coverage;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "warmline.helpdesk.coverage-check", defaultValue = "PT15S")
    String intervalText;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long millis = Duration.parse(intervalText).toMillis();
        task = scheduler.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** @return how many conversations climbed in this round */
    public int runOnce() {
        int moved = 0;
        try {
            for (long id : coverage.candidates()) {
                try {
                    if (coverage.climbIfDue(id)) {
                        moved++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "conversation " + id + " not checked this round", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "pick-up times not checked this round", e);
        }
        return moved;
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }
}
