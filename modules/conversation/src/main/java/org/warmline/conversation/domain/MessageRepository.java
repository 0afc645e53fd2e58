package org.warmline.conversation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warmline.conversation.api.Channel;

/**
 * The conversation module's messages ({@code cv_message}, their media {@code cv_message_media}) as the inbound
 * lane, the transcripts, the search, the dialog's facts and the start-up recovery read them. Implemented with
 * JPA in {@code infrastructure}. The outbox keeps its own queries (claims, bulk updates, its lanes).
 */
public interface MessageRepository {

    /** An inbound message stored but not processed. @param id the message @param channel the channel it came on */
    record Unprocessed(long id, Channel channel) { }

    /**
     * Stores a new message and flushes, so it has its id.
     *
     * @param message a new message
     */
    void add(Message message);

    /** @param media a new attachment of a stored inbound message */
    void addMedia(MessageMedia media);

    /**
     * @param id a message id
     * @return the message, locked for update until the transaction ends (one lane processes it at a time)
     */
    Message lockedById(long id);

    /**
     * @param channel          the channel it came on
     * @param channelMessageId the channel's id of it (Twilio's MessageSid, the chat's message id)
     * @return the message stored for it, or empty
     */
    Optional<Message> byChannelId(Channel channel, String channelMessageId);

    /** @param inboundId an inbound message @return the first reply stored for it, or empty */
    Optional<Message> replyTo(long inboundId);

    /**
     * @param workerId a worker
     * @param since    a time (exclusive)
     * @return whether a notice (kind NOTICE) to the worker was stored after it
     */
    boolean noticeSince(long workerId, Instant since);

    /**
     * @param conversationIds conversations (may be empty)
     * @return their messages oldest first, keyed by conversation id (conversations without any left out)
     */
    Map<Long, List<Message>> byConversations(List<Long> conversationIds);

    /** @param conversationId a conversation @param max at most this many @return its latest messages, newest first */
    List<Message> latestOf(long conversationId, int max);

    /**
     * @param workerId       a worker
     * @param afterMessageId only messages with a greater id
     * @param max            at most this many
     * @return the messages of the worker's conversations after that one that reached or will reach the worker
     *         (none the outbox DROPPED or MERGED), oldest first
     */
    List<Message> forWorkerAfter(long workerId, long afterMessageId, int max);

    /**
     * @param inboundMessageIds inbound messages (may be empty)
     * @return their media in order, keyed by message id (messages without any left out)
     */
    Map<Long, List<MessageMedia>> mediaOf(List<Long> inboundMessageIds);

    /**
     * @param likePattern a lower-case SQL LIKE pattern with {@code \} as escape character
     * @param max         at most this many
     * @return the conversations with a message whose text matches, most recent match first
     */
    List<Long> conversationsMatching(String likePattern, int max);

    /** @param max at most this many @return inbound messages stored but not processed, oldest first */
    List<Unprocessed> unprocessedInbound(int max);
}
