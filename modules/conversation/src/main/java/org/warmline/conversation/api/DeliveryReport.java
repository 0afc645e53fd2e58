package org.warmline.conversation.api;

/**
 * A delivery status a provider reported for one of our outbound messages (Twilio's StatusCallback:
 * MessageStatus, MessageSid, ErrorCode, RawDlrDoneDate).
 *
 * @param messageId         our id from the callback URL ({@code ?id=}), or null if absent or unreadable
 * @param providerMessageId the provider's id (MessageSid), or null
 * @param status            the provider's status word in lower case: accepted, scheduled, queued,
 *                          sending, sent, delivered, read, undelivered, failed, canceled
 * @param errorCode         the provider's error code (e.g. 30003), or null
 * @param errorMessage      what the code means, short, no personal data, or null
 * @param rawDoneDate       Twilio's RawDlrDoneDate (YYMMDDhhmm, no time zone), kept unparsed, or null
 * @param transientFailure  the provider says the failure is passing (a rate limit, congestion: the
 *                          channel's own list, e.g. Twilio 63018): the outbox sends the message again
 *                          with backoff instead of failing it for good
 */
public record DeliveryReport(Long messageId, String providerMessageId, String status, String errorCode,
                             String errorMessage, String rawDoneDate, boolean transientFailure) {

    /**
     * A report whose failure, if any, is final.
     *
     * @param messageId         our id, or null
     * @param providerMessageId the provider's id, or null
     * @param status            the status word
     * @param errorCode         the error code, or null
     * @param errorMessage      its meaning, or null
     * @param rawDoneDate       RawDlrDoneDate, or null
     */
    public DeliveryReport(Long messageId, String providerMessageId, String status, String errorCode,
                          String errorMessage, String rawDoneDate) {
        this(messageId, providerMessageId, status, errorCode, errorMessage, rawDoneDate, false);
    }
}
