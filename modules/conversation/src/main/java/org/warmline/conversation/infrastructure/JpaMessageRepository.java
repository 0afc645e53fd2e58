package org.warmline.conversation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.domain.Message;
import org.warmline.conversation.domain.MessageMedia;
import org.warmline.conversation.domain.MessageRepository;

/** {@link MessageRepository} with JPA (the one persistence unit; the caller's transaction). */
@ApplicationScoped
public class JpaMessageRepository implements MessageRepository {

    /** Ids bound in one {@code in} list at most (databases limit bind parameters). */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public void add(Message message) {
        em.persist(message);
        em.flush();
    }

    @Override
    public void addMedia(MessageMedia media) {
        em.persist(media);
    }

    @Override
    public Message lockedById(long id) {
        return em.find(Message.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public Optional<Message> byChannelId(Channel channel, String channelMessageId) {
        return em.createQuery("select m from Message m where m.channel = :c and m.channelMessageId = :id",
                        Message.class)
                .setParameter("c", channel).setParameter("id", channelMessageId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Message> replyTo(long inboundId) {
        return em.createQuery("select m from Message m where m.replyToId = :id order by m.id", Message.class)
                .setParameter("id", inboundId).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public boolean noticeSince(long workerId, Instant since) {
        return em.createQuery("select count(m) from Message m where m.workerId = :w and m.kind = :k"
                        + " and m.createdAt > :t", Long.class)
                .setParameter("w", workerId).setParameter("k", Message.Kind.NOTICE.name())
                .setParameter("t", since).getSingleResult() > 0;
    }

    @Override
    public Map<Long, List<Message>> byConversations(List<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Message m where m.conversationId in :ids order by m.id",
                        Message.class).setParameter("ids", conversationIds).getResultList().stream()
                .collect(Collectors.groupingBy(Message::conversationId));
    }

    @Override
    public List<Message> latestOf(long conversationId, int max) {
        return em.createQuery("select m from Message m where m.conversationId = :c order by m.id desc", Message.class)
                .setParameter("c", conversationId).setMaxResults(max).getResultList();
    }

    @Override
    public List<Message> forWorkerAfter(long workerId, long afterMessageId, int max) {
        return em.createQuery("select m from Message m where m.id > :after and m.conversationId in"
                        + " (select c.id from Conversation c where c.workerId = :w)"
                        + " and (m.status is null or m.status not in :unsent) order by m.id", Message.class)
                .setParameter("after", afterMessageId).setParameter("w", workerId)
                .setParameter("unsent", List.of(Message.Delivery.DROPPED.name(), Message.Delivery.MERGED.name()))
                .setMaxResults(max).getResultList();
    }

    @Override
    public Map<Long, List<MessageMedia>> mediaOf(List<Long> inboundMessageIds) {
        Map<Long, List<MessageMedia>> media = new HashMap<>();
        for (int from = 0; from < inboundMessageIds.size(); from += CHUNK) {
            List<Long> chunk = inboundMessageIds.subList(from, Math.min(inboundMessageIds.size(), from + CHUNK));
            em.createQuery("select mm from MessageMedia mm where mm.messageId in :ids order by mm.messageId,"
                            + " mm.mediaIndex", MessageMedia.class).setParameter("ids", chunk).getResultList()
                    .forEach(mm -> media.computeIfAbsent(mm.messageId(), k -> new ArrayList<>()).add(mm));
        }
        return media;
    }

    @Override
    public List<Long> conversationsMatching(String likePattern, int max) {
        return em.createQuery("select m.conversationId from Message m where lower(m.body) like :p escape '\\'"
                        + " group by m.conversationId order by max(m.id) desc", Long.class)
                .setParameter("p", likePattern).setMaxResults(max).getResultList();
    }

    @Override
    public List<Unprocessed> unprocessedInbound(int max) {
        return em.createQuery("select m.id, m.channel from Message m where m.direction = :d and m.status = 'RECEIVED'"
                        + " order by m.id", Object[].class)
                .setParameter("d", Message.Direction.INBOUND.name()).setMaxResults(max).getResultList().stream()
                .map(row -> new Unprocessed((Long) row[0], (Channel) row[1])).toList();
    }
}
