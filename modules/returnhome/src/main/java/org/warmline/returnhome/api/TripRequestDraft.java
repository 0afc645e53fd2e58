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
 * @param earliestDate    first day they could travel, or null for exactly the travel date
 * @param latestDate      last day they could travel, or null for exactly the travel date
 * @param notes           special needs (wheelchair, infant, …), at most 500 characters, or null
 */
public record TripRequestDraft(long workerId, String conversationRef, String destinationCode,
                               String originCode, LocalDate travelDate, int partySize,
                               LocalDate earliestDate, LocalDate latestDate, String notes) {

    /** A draft for exactly one travel date and no notes (what the dialog fills today). */
    public TripRequestDraft(long workerId, String conversationRef, String destinationCode,
                            String originCode, LocalDate travelDate, int partySize) {
        this(workerId, conversationRef, destinationCode, originCode, travelDate, partySize, null, null, null);
    }
}
