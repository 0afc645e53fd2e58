package org.warmline.core.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Test-only fault injection for crash tests: {@code warmline.test.hold-at} names points (comma-separated)
 * where the thread that reaches them stops for good, after logging {@code HOLD <point>}, so that a
 * test can kill the process with SIGKILL at exactly that point. Empty (off) by default; never set it in
 * production. Points: {@code inbound-stored} (an inbound message committed, before it is processed),
 * {@code committed:<listener id>} (a transaction that published an event for that durable listener
 * committed, before the event is applied).
 */
@ApplicationScoped
public class FaultPoints {

    private static final Logger LOG = Logger.getLogger(FaultPoints.class.getName());

    @Inject
    @ConfigProperty(name = "warmline.test.hold-at", defaultValue = " ")
    String holdAt;

    private Set<String> points = Set.of();

    @PostConstruct
    void init() {
        points = Arrays.stream(holdAt.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        if (!points.isEmpty()) {
            LOG.warning("warmline.test.hold-at is set (test only): threads stop for good at " + points);
        }
    }

    /**
     * Stops this thread for good if the point is configured; returns at once otherwise.
     *
     * @param point the point's name
     */
    public void reached(String point) {
        if (points.isEmpty() || !points.contains(point)) {
            return;
        }
        LOG.warning("HOLD " + point);
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // held until the process is killed: an interrupt does not let it go on
            }
        }
    }
}
