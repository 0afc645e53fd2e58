package org.warmline.returnhome.api;

import java.time.LocalDate;

/**
 * A trip request as the dialog has filled it, before or after the worker confirmed it.
 *
 * @param workerId        the worker (core {@code wk_worker.id})
 * @param conversationRef the conversation it came from (an opaque reference, no foreign key)
 * @param destinationCode GB/T 2260 code of home (2, 4 or 6 digits)
 * @param originCode      GB/T 2260 code of where they work now
 * @param travelDate      the day they want to travel, Asia/Shanghai
 * @param partySize       people travelling together, 1..60 seats
 */
public record TripRequestDraft(long workerId, String conversationRef, String destinationCode,
                               String originCode, LocalDate travelDate, int partySize) {
}
