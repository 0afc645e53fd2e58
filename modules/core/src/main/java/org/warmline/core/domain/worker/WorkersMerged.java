package org.warmline.core.domain.worker;

/**
 * CDI event fired inside the transaction that found two worker records to be one person: a web-chat
 * worker verified a phone number that another worker (who texted before) already has. Every module
 * that keeps rows by worker id observes it synchronously and moves the chat worker's rows to the
 * phone's worker, so that one person has one file (一人一档) and a seat offered on a request made in
 * the chat can be answered from either channel.
 *
 * @param fromWorkerId the chat-only worker, left without identities
 * @param intoWorkerId the worker who holds the phone and now the chat identity
 */
public record WorkersMerged(long fromWorkerId, long intoWorkerId) {

    /**
     * Moves the rows of one entity with a {@code workerId} attribute from the chat worker to the
     * phone's worker, in the caller's transaction (a JPQL bulk update; the caller owns the entity's table).
     *
     * @param em     the caller's entity manager
     * @param entity the JPA entity name, e.g. "TripRequest"
     * @return how many rows moved
     */
    public int move(jakarta.persistence.EntityManager em, String entity) {
        return em.createQuery("update " + entity + " e set e.workerId = :into where e.workerId = :from")
                .setParameter("into", intoWorkerId).setParameter("from", fromWorkerId).executeUpdate();
    }
}
