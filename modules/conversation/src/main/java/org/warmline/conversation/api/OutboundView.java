package org.warmline.conversation.api;

import java.time.Instant;

/**
 * An outbound message with its delivery state, as the SMS simulator page and staff see it.
 *
 * @param id                our id
 * @param kind              REPLY, NOTICE … or null for a bot reply answered inside TwiML
 * @param body              the text; render as text, never HTML
 * @param status            QUEUED, SENDING, SENT, DELIVERED, READ, UNDELIVERED, FAILED, DROPPED, MERGED
 * @param providerMessageId Twilio's MessageSid, or null
 * @param errorCode         provider error code or our reason code, or null
 * @param errorMessage      short reason, or null
 * @param attempts          sending attempts so far
 * @param segments          SMS segments of the body
 * @param createdAt         queued at
 * @param updatedAt         latest status change, or null
 */
public record OutboundView(long id, String kind, String body, String status, String providerMessageId,
                           String errorCode, String errorMessage, int attempts, int segments, Instant createdAt,
                           Instant updatedAt) {
}
