package org.warmline.helpdesk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.warmline.conversation.api.HandOffRequested;
import org.warmline.helpdesk.domain.QueueItem;

/**
 * Puts handed-off conversations in the operators' queue (observing conversation's
 * {@link HandOffRequested} inside the same transaction, so a hand-off is never lost) and lists the
 * queue, longest waiting first.
 */
@ApplicationScoped
@Transactional
public class OperatorQueue {

    private static final Logger LOG = Logger.getLogger(OperatorQueue.class.getName());

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    /** @param event the hand-off; a conversation already waiting keeps its place in the queue */
    public void onHandOff(@Observes HandOffRequested event) {
        Optional<QueueItem> waiting = em.createQuery("select q from QueueItem q where q.conversationId = :c"
                        + " and q.status = :s", QueueItem.class)
                .setParameter("c", event.conversationId()).setParameter("s", QueueItem.Status.WAITING.name())
                .getResultStream().findFirst();
        if (waiting.isPresent()) {
            waiting.get().handedOffAgain(event.reason());
            return;
        }
        em.persist(new QueueItem(event.conversationId(), event.workerId(), event.reason(), event.at()));
        LOG.info(() -> "Conversation " + event.conversationId() + " waits for an operator (" + event.reason() + ")");
    }

    /** @param limit at most this many (1..500) @return waiting items, longest waiting first */
    public List<QueueItem> waiting(int limit) {
        return em.createQuery("select q from QueueItem q where q.status = :s order by q.waitingSince, q.id",
                        QueueItem.class).setParameter("s", QueueItem.Status.WAITING.name())
                .setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }
}
