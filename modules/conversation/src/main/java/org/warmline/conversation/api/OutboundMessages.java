package org.warmline.conversation.api;

/**
 * The transactional outbox (DESIGN.md): every outgoing message is a row, written in the caller's
 * transaction, before any network call; the channel adapters send the rows afterwards.
 */
public interface OutboundMessages {

    /**
     * Queues a message in the caller's transaction (status {@code QUEUED}).
     *
     * @param request what to send to whom
     * @return the outbound message id (our id, carried in Twilio's StatusCallback URL)
     * @throws IllegalArgumentException if the worker is unknown or the text is too long to send
     */
    long queue(OutboundRequest request);
}
