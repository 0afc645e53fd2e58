package org.warmline.conversation.api;

/**
 * A delivery status a provider reported for one of our outbound messages (Twilio's StatusCallback:
 * MessageStatus, MessageSid, ErrorCode, RawDlrDoneDate).
 *
 * @param messageId         our id from the callback URL ({@code ?id=}), or null if absent
 * @param providerMessageId the provider's id (MessageSid), or null
 * @param status            the provider's status word in lower case: accepted, scheduled, queued,
 *                          sending, sent, delivered, read, undelivered, failed, canceled
 * @param errorCode         the provider's error code (e.g. 30003), or null
 * @param errorMessage      what the code means, short, no personal data, or null
 * @param rawDoneDate       Twilio's RawDlrDoneDate (YYMMDDhhmm, no time zone), kept unparsed, or null
 */
public record DeliveryReport(Long messageId, String providerMessageId, String status, String errorCode,
                             String errorMessage, String rawDoneDate) {
}
