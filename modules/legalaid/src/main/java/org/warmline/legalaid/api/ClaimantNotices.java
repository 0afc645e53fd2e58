package org.warmline.legalaid.api;

/**
 * The port through which legal aid tells a claimant about their case (issue 12, point 6: an SMS at each
 * step — accepted, assigned, referred, hearing date, closed). Service modules must not depend on the
 * conversation module (DESIGN.md, ArchUnit rule), so legalaid declares what it needs here and the
 * {@code casenotices} bridge module implements it with the conversation outbox
 * ({@code OutboundMessages.queue}), as {@code tripnotices} does for returnhome's {@code PassengerNotices}.
 * Implementations write in the caller's transaction: a notice exists exactly when the step that caused it
 * is committed. The channel is core's rule ({@code Worker.noticeChannel()}): SMS to a worker with a
 * phone, the web chat to a chat-only worker; an opted-out worker's notice is dropped by the outbox.
 */
public interface ClaimantNotices {

    /**
     * Queues one personal notice to a worker on their own channel.
     *
     * @param workerId the worker (core {@code wk_worker.id})
     * @param text     the text in the worker's language, at most two SMS segments
     * @return the outbox message id
     * @throws IllegalArgumentException if there is no such worker, or the worker has neither a phone nor a chat
     */
    long send(long workerId, String text);
}
