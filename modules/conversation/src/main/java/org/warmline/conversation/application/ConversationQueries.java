package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.Transcripts;
import org.warmline.conversation.domain.Conversation;
import org.warmline.conversation.domain.Message;

/** Read side for staff: conversations with their messages. */
@ApplicationScoped
@Transactional
public class ConversationQueries implements Transcripts {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    /**
     * @param limit at most this many conversations, most recently active first (1..500)
     * @return the conversations
     */
    public List<Conversation> recent(int limit) {
        return em.createQuery("select c from Conversation c order by c.lastMessageAt desc, c.id desc",
                Conversation.class).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    /**
     * @param conversationIds conversations (may be empty)
     * @return their messages in order, keyed by conversation id
     */
    public Map<Long, List<Message>> messagesOf(List<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Message m where m.conversationId in :ids order by m.id",
                        Message.class).setParameter("ids", conversationIds).getResultList().stream()
                .collect(Collectors.groupingBy(Message::conversationId));
    }

    @Override
    public Map<Long, List<TranscriptLine>> transcripts(List<Long> conversationIds) {
        return messagesOf(conversationIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(m -> new TranscriptLine(m.id(), m.direction().name(), m.body(),
                        m.status(), m.createdAt())).toList()));
    }

    @Override
    public List<TranscriptLine> linesForWorker(long workerId, long afterMessageId, int max) {
        // a message the outbox decided not to send (DROPPED, MERGED into another) never reaches the worker
        return em.createQuery("select m from Message m where m.id > :after and m.conversationId in"
                        + " (select c.id from Conversation c where c.workerId = :w)"
                        + " and (m.status is null or m.status not in :unsent) order by m.id", Message.class)
                .setParameter("after", afterMessageId).setParameter("w", workerId)
                .setParameter("unsent", List.of(Message.Delivery.DROPPED.name(), Message.Delivery.MERGED.name()))
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultList().stream()
                .map(m -> new TranscriptLine(m.id(), m.direction().name(), m.body(), m.status(), m.createdAt()))
                .toList();
    }
}
