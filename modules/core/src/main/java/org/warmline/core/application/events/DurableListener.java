package org.warmline.core.application.events;

import java.util.List;

/**
 * A listener whose events are never lost: a module that must act on another module's event (the
 * helpdesk on a hand-off) implements this as a CDI bean and, in an ordinary {@code @Observes} observer
 * of the event (which runs inside the transaction that fires it), calls
 * {@link EventPublications#publish}. The event is then stored in that transaction and applied by
 * {@link #apply} in a transaction of its own, retried until it succeeds (see {@link EventPublications}).
 *
 * @param <E> the event type; serialised as JSON (JSON-B), so a record of plain values
 */
public interface DurableListener<E> {

    /** @return a stable id stored with each publication, e.g. "helpdesk.hand-off" (1..64 characters) */
    String id();

    /** @return the event class, to read a stored event back */
    Class<E> eventType();

    /**
     * @param event an event
     * @return its ordering key: events of one key are applied in the order they were published (e.g. the
     *         conversation id); default one key for all
     */
    default String key(E event) {
        return "";
    }

    /**
     * @return true to apply each event on the committing thread right after the commit (rare events that
     *         must show at once, e.g. a hand-off); false (default) to apply in batches on the delivery lanes
     */
    default boolean immediate() {
        return false;
    }

    /**
     * Applies events inside the registry's transaction (join it: {@code @Transactional} REQUIRED). Must be
     * idempotent: after a crash between apply and commit the events come again.
     *
     * @param events one or more events, in publication order per key
     * @throws RuntimeException to have the transaction rolled back and the events retried
     */
    void apply(List<E> events);
}
