package org.warmline.conversation.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A message Warmline wants to send to a worker, handed to the transactional outbox.
 *
 * @param workerId   the worker (core {@code wk_worker.id})
 * @param channel    the channel to send on ({@link Channel#SMS} for a notice to a worker with a phone, as
 *                   core's rule says); an operator's message without {@code to} goes instead on the
 *                   channel the worker last wrote on, when they can be reached there (the outbox decides)
 * @param to         the address on that channel (E.164 for SMS); null = the worker's own address there
 * @param body       the text (bot replies, notices, one-time codes …)
 * @param kind       why it is sent; decides priority and sending policy
 * @param validUntil a time-bound notice is dropped, not sent late, after this; null = no limit
 * @param conversationId the worker's conversation the message belongs to (an operator's answer: the
 *                   ticket's conversation, which its transcript shows), or 0 for the worker's latest
 *                   conversation on {@code channel}
 */
public record OutboundRequest(long workerId, Channel channel, String to, String body, Kind kind, Instant validUntil,
                              long conversationId) {

    /** Why a message is sent, highest priority first. */
    public enum Kind {
        /** A direct answer to the worker's own message. */
        REPLY,
        /** A one-time code the worker asked for. */
        VERIFICATION,
        /** Written by an operator or other staff. */
        OPERATOR,
        /** A notice to one worker (trip published, case update). */
        NOTICE,
        /** One of many identical notices (bulk). */
        BULK
    }

    /** @throws NullPointerException if channel, body or kind is missing */
    public OutboundRequest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A message filed in the worker's latest conversation on the channel.
     *
     * @param workerId   the worker
     * @param channel    the channel
     * @param to         the address, or null
     * @param body       the text
     * @param kind       why it is sent
     * @param validUntil drop after this, or null
     */
    public OutboundRequest(long workerId, Channel channel, String to, String body, Kind kind, Instant validUntil) {
        this(workerId, channel, to, body, kind, validUntil, 0);
    }
}
