package org.warmline.conversation.api;

/**
 * What the conversation answers to an inbound message.
 *
 * @param messageId id of the stored inbound message
 * @param duplicate true when this channel message id was already stored (nothing new was stored)
 * @param reply     the bot's reply text; empty when there is nothing to say
 * @param language  "zh" or "en", the reply's language
 * @param replyId   id of the stored reply message (for its delivery StatusCallback), or 0 if none
 */
public record InboundResult(long messageId, boolean duplicate, String reply, String language, long replyId) {
}
