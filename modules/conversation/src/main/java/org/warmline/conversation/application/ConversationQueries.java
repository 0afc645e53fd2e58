package org.warmline.conversation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warmline.conversation.api.TranscriptLine;
import org.warmline.conversation.api.Transcripts;
import org.warmline.conversation.domain.Conversation;
import org.warmline.conversation.domain.Message;
import org.warmline.conversation.domain.MessageRepository;
import org.warmline.conversation.api.InboundMedia;

/** Read side for staff: conversations with their messages. */
@ApplicationScoped
@Transactional
public class ConversationQueries implements Transcripts {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    MessageRepository messages;

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
        return messages.byConversations(conversationIds);
    }

    /**
     * @param messages messages (may be empty)
     * @return the media attached to those of them that have any, in order, keyed by message id
     */
    public Map<Long, List<InboundMedia>> mediaOf(List<Message> messages) {
        List<Long> inbound = messages.stream().filter(m -> m.direction() == Message.Direction.INBOUND)
                .map(Message::id).toList();
        return this.messages.mediaOf(inbound).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(mm -> new InboundMedia(mm.url(), mm.contentType())).toList()));
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
        Map<Long, List<Message>> found = messagesOf(conversationIds);
        Map<Long, List<InboundMedia>> media = mediaOf(found.values().stream().flatMap(List::stream).toList());
        return found.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(m -> line(m, m.body(), media)).toList()));
    }

    @Override
    public List<TranscriptLine> linesForWorker(long workerId, long afterMessageId, int max) {
        // a message the outbox decided not to send (DROPPED, MERGED into another) never reaches the worker
        List<Message> found = messages.forWorkerAfter(workerId, afterMessageId, Math.max(1, Math.min(max, 500)));
        Map<Long, List<InboundMedia>> media = mediaOf(found);
        return found.stream().map(m -> line(m, m.body(), media)).toList();
    }
}
