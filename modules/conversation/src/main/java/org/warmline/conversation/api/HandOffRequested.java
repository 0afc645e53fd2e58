package org.warmline.conversation.api;

import java.time.Instant;

/**
 * CDI event: a conversation needs a person (the worker asked for one, or the bot did not understand
 * twice). Fired inside the transaction that processed the message; helpdesk puts the conversation in
 * the operators' queue. An event, not a call, so that helpdesk may read conversations without a
 * cycle between the modules.
 *
 * @param conversationId the conversation
 * @param workerId       its worker (core {@code wk_worker.id})
 * @param channel        the conversation's channel ({@link Channel}): where a person's reply goes
 * @param reason         why, e.g. "asked-for-person" or "not-understood"
 * @param at             when
 */
public record HandOffRequested(long conversationId, long workerId, Channel channel, String reason, Instant at) {
}
