package org.warmline.returnhome.api;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warmline.core.domain.worker.NoticeChannel;
import org.warmline.core.domain.worker.Worker;

/**
 * The port through which returnhome tells passengers about their trip. Service modules must not
 * depend on the conversation module (DESIGN.md, ArchUnit rule), so returnhome declares what it needs
 * here and the {@code tripnotices} bridge module implements it with the conversation outbox
 * ({@code OutboundMessages.queue}). Implementations write in the caller's transaction: a notice exists
 * exactly when the trip change that caused it is committed.
 *
 * <p>The channel is chosen behind this port (issue 10, item 3), by core's one rule
 * ({@code Worker.noticeChannel()}): by SMS to a worker with a phone (also a chat worker who verified
 * one), in the web chat to a chat-only worker, where it is pushed to an open page at once or waits for
 * the next visit. {@link #reachOf} says which before anything is sent, for counts and warnings.
 */
public interface PassengerNotices {

    /** How a notice would reach a worker now. */
    enum Reach {
        /** By SMS to the worker's phone. */
        SMS,
        /** In the worker's web chat (a chat-only worker). */
        CHAT,
        /** Nobody would read it: the worker opted out (退订), or has neither a phone nor a chat. */
        UNREACHABLE
    }

    /**
     * Queues one notice to a worker on their own channel (see the type's comment).
     *
     * @param workerId   the worker (core {@code wk_worker.id})
     * @param text       at most two SMS segments
     * @param bulk       true: one of many identical notices (trip changed/cancelled); false: a personal notice
     * @param validUntil drop rather than send after this (the departure); null = no limit
     * @return the outbound message id
     * @throws IllegalArgumentException if the worker is unknown or has neither a phone nor a chat (callers
     *                                  check {@link #reachOf} first: the exception rolls the caller's
     *                                  transaction back). An opted-out worker's notice is queued and then
     *                                  dropped by the outbox, never sent.
     */
    long send(long workerId, String text, boolean bulk, Instant validUntil);

    /**
     * @param workerId the worker
     * @return how a notice to them would go now; UNREACHABLE for an unknown worker
     */
    Reach reachOf(long workerId);

    /**
     * @param workerIds workers
     * @return how a notice to each would go now, in the order given (one look-up each unless overridden)
     */
    default Map<Long, Reach> reachOf(Collection<Long> workerIds) {
        Map<Long, Reach> reach = new LinkedHashMap<>();
        workerIds.forEach(id -> reach.computeIfAbsent(id, this::reachOf));
        return reach;
    }

    /**
     * The one rule for how a notice reaches a worker already read (callers holding the worker need not
     * look it up again; implementations of {@link #reachOf} use it too): nobody for an opted-out worker
     * (退订), else core's {@code Worker.noticeChannel()}.
     *
     * @param worker the worker, or null for an unknown one
     * @return SMS, CHAT, or UNREACHABLE (unknown, opted out, or neither a phone nor a chat)
     */
    static Reach reach(Worker worker) {
        if (worker == null || worker.optedOut()) {
            return Reach.UNREACHABLE;
        }
        NoticeChannel channel = worker.noticeChannel();
        return channel == null ? Reach.UNREACHABLE : switch (channel) {
            case SMS -> Reach.SMS;
            case CHAT -> Reach.CHAT;
        };
    }
}
