package org.warmline.core.application.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.warmline.core.application.FaultPoints;
import org.warmline.core.application.SchemaReady;
import org.warmline.core.application.batch.BatchLanes;
import org.warmline.core.application.events.PublicationStore.Written;

/**
 * The event publication registry (issue 11, point 2: hand-offs are never lost), as Spring Modulith's:
 * <ol>
 *   <li>{@link #publish} writes one row per event and durable listener in the transaction that caused
 *       the event — it commits with it or not at all;</li>
 *   <li>right after that commit the event is applied in a transaction of its own, which also deletes
 *       the row: on the committing thread for an {@link DurableListener#immediate()} listener, else in
 *       batches on the delivery lanes ({@link BatchLanes}, {@code warmline.events.lanes}, default 2,
 *       {@code warmline.events.batch}, default 200; one key's events in order);</li>
 *   <li>a failed attempt is counted and retried with back-off ({@code RetryRule}: 5 s doubling to at
 *       most 10 min, never given up); every {@code warmline.events.retry-check} (default PT5S) the lanes
 *       take the rows that are due;</li>
 *   <li>at start-up (when the schema is ready) every row still there is applied: the server stopped
 *       (or was killed) between a commit and its delivery.</li>
 * </ol>
 * A row is applied once: delivery locks it and deletes it in the listener's transaction, so a second
 * delivery (the retry check, another node) finds it gone.
 */
@ApplicationScoped
public class EventPublications {

    private static final Logger LOG = Logger.getLogger(EventPublications.class.getName());

    /** Attempts of an immediate listener's delivery on the committing thread before the retry check takes over. */
    static final int IMMEDIATE_ATTEMPTS = 3;

    /** Most rows the start-up check and each retry check take. */
    static final int CHECK_LIMIT = 1000;

    @Inject
    PublicationStore store;

    @Inject
    Event<Written> written;

    @Inject
    FaultPoints faults;

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    /** Read for {@code warmline.events.lanes} (default 2), {@code .batch} (200) and {@code .retry-check} (PT5S). */
    @Inject
    Config config;

    private volatile BatchLanes<Written> lanes;

    private volatile boolean started;

    /**
     * Stores an event for a durable listener in the current transaction and has it applied after the
     * commit. Call it from an {@code @Observes} (in-progress) observer of the event.
     *
     * @param listener the listener (its id and key are stored with the event)
     * @param event    the event, JSON-serialisable
     * @param <E>      its type
     * @throws RuntimeException if it cannot be stored: the caller's transaction must then roll back
     */
    public <E> void publish(DurableListener<E> listener, E event) {
        written.fire(store.write(listener, event));
    }

    /**
     * After the causing transaction committed: apply now or queue on the lanes.
     *
     * @param w the row written
     */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Written w) {
        faults.reached("committed:" + w.listener());
        if (w.immediate()) {
            deliver(List.of(w));
        } else {
            lanes().submit(w);
        }
    }

    /**
     * The start-up check: applies every row left from before (first poll of the lanes), then checks for
     * due retries every {@code warmline.events.retry-check}.
     *
     * @param ready the migrations' event
     */
    void start(@Observes SchemaReady ready) {
        started = true;
        lanes();
    }

    private BatchLanes<Written> lanes() {
        BatchLanes<Written> all = lanes;
        if (all == null) {
            synchronized (this) {
                all = lanes;
                if (all == null) {
                    boolean[] first = {true};
                    all = BatchLanes.builder("event-delivery", threads, new BatchLanes.Handler<Written>() {
                                @Override
                                public void handleAll(List<Written> batch) {
                                    store.deliver(batch.stream().map(Written::id).toList());
                                }

                                @Override
                                public void failed(Written item, Exception cause) {
                                    recordFailure(List.of(item), cause);
                                }
                            })
                            .lanes(Math.max(1, setting("lanes", Integer.class, 2)), Written::key)
                            .batch(Math.max(1, setting("batch", Integer.class, 200)))
                            .poll(Duration.parse(setting("retry-check", String.class, "PT5S")), () -> {
                                if (!started) {
                                    return List.of();
                                }
                                boolean everything = first[0];
                                first[0] = false;
                                List<Written> due = store.pending(everything, CHECK_LIMIT);
                                if (everything && !due.isEmpty()) {
                                    LOG.info(() -> "Start-up check: " + due.size() + " event(s) not applied before the"
                                            + " last stop, applying them now");
                                }
                                return due;
                            })
                            .start();
                    lanes = all;
                }
            }
        }
        return all;
    }

    /**
     * Applies at once on this thread, up to {@value #IMMEDIATE_ATTEMPTS} times 20, 40 ms apart (a hand-off
     * that meets the message lane creating the same conversation's ticket at that moment conflicts once and
     * then applies, instead of waiting for the retry check); a last failure is recorded for the retry check.
     * Never throws.
     */
    private void deliver(List<Written> rows) {
        List<Long> ids = rows.stream().map(Written::id).toList();
        for (int attempt = 1; ; attempt++) {
            try {
                store.deliver(ids);
                return;
            } catch (RuntimeException e) {
                if (attempt >= IMMEDIATE_ATTEMPTS || !pause(20L * attempt)) {
                    recordFailure(rows, e);
                    return;
                }
            }
        }
    }

    /** @return false when interrupted (shutting down) */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void recordFailure(List<Written> rows, Throwable cause) {
        try {
            store.failed(rows.stream().map(Written::id).toList(), cause);
        } catch (RuntimeException e) {
            // the row stays as it was and comes due after its grace time: still not lost
            LOG.log(Level.WARNING, "Could not record a failed event delivery", e);
        }
    }

    @PreDestroy
    void stop() {
        BatchLanes<Written> all = lanes;
        if (all != null) {
            all.close();
        }
    }

    /** @return the setting {@code warmline.events.<name>}, or the default when it is not set */
    private <T> T setting(String name, Class<T> type, T fallback) {
        return config.getOptionalValue("warmline.events." + name, type).orElse(fallback);
    }
}
