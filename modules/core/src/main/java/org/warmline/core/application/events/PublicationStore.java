package org.warmline.core.application.events;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.warmline.core.domain.events.EventPublication;

/**
 * The transactions of the event publication registry ({@code wk_event_publication}): write a
 * publication in the caller's transaction, apply and delete publications in one transaction of their
 * own, record a failed attempt. Used by {@link EventPublications}.
 */
@ApplicationScoped
public class PublicationStore {

    private static final Logger LOG = Logger.getLogger(PublicationStore.class.getName());

    /**
     * Retry times run on the system clock: {@code warmline.clock.fixed} pins "today" for the dialog, and a
     * fixed clock would never let a retry come due.
     */
    private final Clock clock = Clock.systemUTC();

    private final Jsonb json = JsonbBuilder.create();

    private final Map<String, DurableListener<?>> byId = new ConcurrentHashMap<>();

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    @Any
    Instance<DurableListener<?>> listeners;

    /** A written publication, for delivery after the commit. @param id row id @param listener listener id @param key ordering key @param immediate apply on the committing thread */
    public record Written(long id, String listener, String key, boolean immediate) { }

    /**
     * Stores an event for a listener in the caller's transaction (a new one if there is none).
     *
     * @param listener the listener
     * @param event    the event
     * @param <E>      its type
     * @return the row written
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public <E> Written write(DurableListener<E> listener, E event) {
        String key = listener.key(event);
        EventPublication row = new EventPublication(listener.id(), event.getClass().getName(), key,
                json.toJson(event), clock.instant());
        em.persist(row);
        return new Written(row.id(), listener.id(), row.laneKey(), listener.immediate());
    }

    /**
     * Applies the publications that still exist, each listener's in id order, and deletes them — all in
     * one new transaction; rows are locked, so that two deliveries of one row (after-commit and the
     * retry check, or two nodes) apply it once: the second finds it gone.
     *
     * @param ids publication ids
     * @return how many were applied (0 when all were done already)
     * @throws RuntimeException when a listener fails (nothing is applied or deleted)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int deliver(List<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<EventPublication> rows = em.createQuery("select p from EventPublication p where p.id in :ids order by p.id",
                        EventPublication.class)
                .setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        Map<String, List<EventPublication>> perListener = new LinkedHashMap<>();
        rows.forEach(r -> perListener.computeIfAbsent(r.listener(), l -> new ArrayList<>()).add(r));
        perListener.forEach(this::apply);
        em.createQuery("delete from EventPublication p where p.id in :ids")
                .setParameter("ids", rows.stream().map(EventPublication::id).toList()).executeUpdate();
        return rows.size();
    }

    private <E> void apply(String listenerId, List<EventPublication> rows) {
        @SuppressWarnings("unchecked")
        DurableListener<E> listener = (DurableListener<E>) listener(listenerId);
        List<E> events = rows.stream().map(r -> json.fromJson(r.payload(), listener.eventType())).toList();
        listener.apply(events);
    }

    private DurableListener<?> listener(String id) {
        DurableListener<?> found = byId.get(id);
        if (found == null) {
            for (DurableListener<?> l : listeners) {
                byId.putIfAbsent(l.id(), l);
            }
            found = byId.get(id);
        }
        if (found == null) {
            throw new IllegalStateException("no durable listener " + id);
        }
        return found;
    }

    /**
     * Records a failed attempt on each publication that still exists (new transaction).
     *
     * @param ids   publication ids
     * @param cause what went wrong
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(List<Long> ids, Throwable cause) {
        String error = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        for (Long id : ids) {
            EventPublication row = em.find(EventPublication.class, id);
            if (row != null) {
                row.failed(error, clock.instant());
                LOG.log(row.attempts() >= 5 ? Level.SEVERE : Level.WARNING, "Event " + row.eventType()
                        + " for " + row.listener() + " (publication " + id + ") failed " + row.attempts()
                        + " times; next attempt at " + row.nextAttemptAt(), cause);
            }
        }
    }

    /**
     * @param all   true for every publication (the start-up check), false for those due now
     * @param limit at most this many
     * @return publications to deliver, oldest first
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Written> pending(boolean all, int limit) {
        var query = em.createQuery("select p from EventPublication p" + (all ? "" : " where p.nextAttemptAt <= :now")
                + " order by p.id", EventPublication.class);
        if (!all) {
            query.setParameter("now", clock.instant());
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(p -> new Written(p.id(), p.listener(), p.laneKey(), false)).toList();
    }

    @PreDestroy
    void close() {
        try {
            json.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "JSON-B not closed", e);
        }
    }
}
