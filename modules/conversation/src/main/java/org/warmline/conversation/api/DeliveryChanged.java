package org.warmline.conversation.api;

import java.time.Instant;

/**
 * CDI event: an outbound message's delivery status moved (QUEUED → SENDING → SENT → DELIVERED, or
 * FAILED / UNDELIVERED / DROPPED, or back to QUEUED for a retry). Fired inside the transaction that
 * moved it; observe it {@code during = AFTER_SUCCESS} to act only on committed changes. Carries no
 * text and no phone number.
 *
 * @param conversationId the message's conversation
 * @param messageId      the message
 * @param status         its new status name
 * @param at             when it moved
 */
public record DeliveryChanged(long conversationId, long messageId, String status, Instant at) {
}
