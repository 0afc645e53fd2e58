package org.warmline.conversation.api;

/**
 * An outbox message a channel's sender has claimed and must now hand to its provider.
 *
 * @param id       our message id (Twilio's StatusCallback URL carries it as {@code ?id=})
 * @param workerId the worker it goes to
 * @param channel  the channel
 * @param to       the address (E.164 for SMS); personal data, log it masked
 * @param body     the text; personal data, never logged at INFO
 * @param kind     why it is sent
 * @param attempt  this attempt's number, 1 for the first
 * @param queuedAt when the message was queued (a provider lookup after a crash matches only messages
 *                 created after it)
 */
public record OutboundDispatch(long id, long workerId, Channel channel, String to, String body,
                               OutboundRequest.Kind kind, int attempt,
                               java.time.Instant queuedAt) {
}
