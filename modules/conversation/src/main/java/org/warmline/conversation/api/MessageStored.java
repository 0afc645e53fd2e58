package org.warmline.conversation.api;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * CDI event fired when a message of a conversation is stored (inbound or outbound). Observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to act only on committed messages, e.g.
 * to push them to a web-chat page.
 *
 * @param conversationId the conversation
 * @param workerId       its worker
 * @param messageId      the stored message
 * @param direction      INBOUND or OUTBOUND
 * @param channel        the channel of the message's conversation (where a ticket for it answers); an
 *                       operator's message may itself go out on another, see {@code OutboundRoute}
 * @param body           the worker's text for an INBOUND message, so that observers need not read
 *                       it back (personal data: never log it); null for OUTBOUND or when not given
 */
public record MessageStored(long conversationId, long workerId, long messageId, String direction, Channel channel,
                            String body) {

    /**
     * The canonical constructor, marked as the one JSON-B reads a stored event back with (the helpdesk
     * stores this event in core's event publication registry; a record with two constructors is
     * otherwise refused).
     */
    @JsonbCreator
    public MessageStored {
    }

    /**
     * An event without the text.
     *
     * @param conversationId the conversation
     * @param workerId       its worker
     * @param messageId      the stored message
     * @param direction      INBOUND or OUTBOUND
     * @param channel        the channel of the message's conversation
     */
    public MessageStored(long conversationId, long workerId, long messageId, String direction, Channel channel) {
        this(conversationId, workerId, messageId, direction, channel, null);
    }
}
