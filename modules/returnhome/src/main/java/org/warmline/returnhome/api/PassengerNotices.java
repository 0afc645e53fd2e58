package org.warmline.returnhome.api;

import java.time.Instant;

/**
 * The port through which returnhome tells passengers about their trip. Service modules must not
 * depend on the conversation module (DESIGN.md, ArchUnit rule), so returnhome declares what it needs
 * here and the {@code tripnotices} bridge module implements it with the conversation outbox
 * ({@code OutboundMessages.queue}). Implementations write in the caller's transaction: a notice exists
 * exactly when the trip change that caused it is committed.
 */
public interface PassengerNotices {

    /**
     * Queues one SMS to a worker.
     *
     * @param workerId   the worker (core {@code wk_worker.id})
     * @param text       at most two SMS segments
     * @param bulk       true: one of many identical notices (trip changed/cancelled); false: a personal notice
     * @param validUntil drop rather than send after this (the departure); null = no limit
     * @return the outbound message id
     * @throws IllegalArgumentException if the worker is unknown or has no phone (callers check first:
     *                                  the exception rolls the caller's transaction back)
     */
    long send(long workerId, String text, boolean bulk, Instant validUntil);
}
