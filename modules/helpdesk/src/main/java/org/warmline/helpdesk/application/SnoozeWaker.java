package org.warmline.helpdesk.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import org.warmline.core.application.SchemaReady;
import org.warmline.core.application.batch.BatchLanes;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings snoozed conversations back to open when their time comes (issue 5 item 3: "snoozed until a
 * time"), on a polling lane of core's {@link BatchLanes} (a managed thread), every
 * {@code warmline.helpdesk.snooze-check} (default one second). The change goes out to the console pages like any other (SSE). A snooze until the
 * worker's next message ends in {@link org.warmline.helpdesk.domain.Ticket#inbound}, not here.
 */
@ApplicationScoped
public class SnoozeWaker {

    private static final Logger LOG = Logger.getLogger(SnoozeWaker.class.getName());

    @Inject
    TicketService tickets;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "warmline.helpdesk.snooze-check", defaultValue = "PT1S")
    String intervalText;

    private BatchLanes<Object> lanes;

    void start(@Observes SchemaReady ready) {
        // a check, not a queue: the poll does the work and hands nothing on
        lanes = BatchLanes.<Object>builder("snooze-check", threads, batch -> { })
                .poll(Duration.parse(intervalText), () -> {
                    wake();
                    return List.of();
                })
                .start();
    }

    private void wake() {
        try {
            tickets.wakeSnoozed();
        } catch (RuntimeException e) {
            // a race with an operator's change (optimistic lock) or a database hiccup: the next round retries
            LOG.log(Level.FINE, "snoozed conversations not woken this round", e);
        }
    }

    @PreDestroy
    void stop() {
        if (lanes != null) {
            lanes.close();
        }
    }
}
