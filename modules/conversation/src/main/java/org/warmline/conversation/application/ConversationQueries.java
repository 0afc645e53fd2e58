package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.Transcripts;
import org.warmline.conversation.domain.Conversation;
import org.warmline.conversation.domain.Message;
import org.warmline.conversation.domain.MessageMedia;
import org.warmline.conversation.api.InboundMedia;

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

    /**
     * @param messages messages (may be empty)
     * @return the media attached to those of them that have any, in order, keyed by message id
     */
    public Map<Long, List<InboundMedia>> mediaOf(List<Message> messages) {
        List<Long> inbound = messages.stream().filter(m -> m.direction() == Message.Direction.INBOUND)
                .map(Message::id).toList();
        if (inbound.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<InboundMedia>> media = new HashMap<>();
        for (int from = 0; from < inbound.size(); from += 500) {
            List<Long> chunk = inbound.subList(from, Math.min(inbound.size(), from + 500));
            em.createQuery("select mm from MessageMedia mm where mm.messageId in :ids order by mm.messageId,"
                            + " mm.mediaIndex", MessageMedia.class).setParameter("ids", chunk).getResultList()
                    .forEach(mm -> media.computeIfAbsent(mm.messageId(), k -> new ArrayList<>())
                            .add(new InboundMedia(mm.url(), mm.contentType())));
        }
        return media;
    }

    /**
     * @param m     a message
     * @param text  its text as the reader may see it
     * @param media the media of the messages read together ({@link #mediaOf})
     * @return the transcript line
     */
    static TranscriptLine line(Message m, String text, Map<Long, List<InboundMedia>> media) {
        return new TranscriptLine(m.id(), m.direction().name(), text, m.status(), m.createdAt(),
                m.kind() == null ? null : m.kind().name(), media.getOrDefault(m.id(), List.of()));
    }

    @Override
    public Map<Long, List<TranscriptLine>> transcripts(List<Long> conversationIds) {
        Map<Long, List<Message>> messages = messagesOf(conversationIds);
        Map<Long, List<InboundMedia>> media = mediaOf(messages.values().stream().flatMap(List::stream).toList());
        return messages.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(m -> line(m, m.body(), media)).toList()));
    }

    @Override
    public List<TranscriptLine> linesForWorker(long workerId, long afterMessageId, int max) {
        // a message the outbox decided not to send (DROPPED, MERGED into another) never reaches the worker
        List<Message> messages = em.createQuery("select m from Message m where m.id > :after and m.conversationId in"
                        + " (select c.id from Conversation c where c.workerId = :w)"
                        + " and (m.status is null or m.status not in :unsent) order by m.id", Message.class)
                .setParameter("after", afterMessageId).setParameter("w", workerId)
                .setParameter("unsent", List.of(Message.Delivery.DROPPED.name(), Message.Delivery.MERGED.name()))
                .setMaxResults(Math.max(1, Math.min(max, 500))).getResultList();
        Map<Long, List<InboundMedia>> media = mediaOf(messages);
        return messages.stream().map(m -> line(m, m.body(), media)).toList();
    }
}
