package org.warmline.conversation.api;

/**
 * A worker's message as a channel received it.
 *
 * @param channel          the channel name, e.g. "sms" or "chat"
 * @param channelMessageId the channel's own id (Twilio's MessageSid), unique per channel; a second
 *                         delivery with the same id is a duplicate
 * @param from             the sender's phone number as the channel gives it (any format libphonenumber
 *                         reads; E.164 from Twilio)
 * @param body             the text, possibly empty; personal data, never logged at INFO
 */
public record InboundMessage(String channel, String channelMessageId, String from, String body) {
}
