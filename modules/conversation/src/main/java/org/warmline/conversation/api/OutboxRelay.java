package org.warmline.conversation.api;

import java.time.Duration;
import java.util.List;

/**
 * The outbox as a channel's sender sees it (the provider-neutral port of the sending side): claim
 * due messages, report what the provider said, apply the provider's status callbacks. Any SMS
 * provider (Twilio today, a domestic gateway later) drives the outbox only through this interface.
 * Each method runs in its own transaction.
 */
public interface OutboxRelay {

    /** What became of a status report. */
    enum ReportOutcome {
        /** The message's state moved forward. */
        APPLIED,
        /** The message is known but the report would not move it forward (late or repeated); ignored. */
        NOT_FORWARD,
        /** Neither our id nor the provider id is known yet: parked, applied when it becomes known. */
        PARKED,
        /** The status word is not one we know; nothing changed. */
        UNKNOWN_STATUS
    }

    /**
     * Claims due QUEUED messages of a channel (QUEUED → SENDING, one winner per row across threads
     * and nodes) after the sending policy: expired notices and notices to opted-out workers are
     * DROPPED, queued notices to one worker are merged, over-limit notices are deferred; replies,
     * verification codes and operator messages come before notices and bulk.
     *
     * @param channel the channel, e.g. {@link Channel#SMS}
     * @param max     at most this many (1..100)
     * @return the claimed messages, highest priority first
     */
    List<OutboundDispatch> claimDue(Channel channel, int max);

    /**
     * The provider took the message (SENDING → SENT, unless a callback already moved it further).
     *
     * @param messageId         our id
     * @param providerMessageId the provider's id (Twilio MessageSid)
     */
    void accepted(long messageId, String providerMessageId);

    /**
     * The provider did not take the message. RETRYABLE goes back to QUEUED with exponential backoff
     * (or the provider's Retry-After) until {@code warmline.sms.max-attempts}, then FAILED with the
     * reason; RECIPIENT_OPTED_OUT fails it and opts the worker out; PERMANENT fails it.
     *
     * @param messageId our id
     * @param failure   what went wrong
     */
    void failed(long messageId, SendFailure failure);

    /**
     * Applies a provider's status report, forward only (see {@link ReportOutcome}). A report naming
     * our id is applied to that row even before our own "accepted" write (the provider id is taken
     * from the report); a failure with Twilio error 21610 opts the worker out.
     *
     * @param report the report
     * @return what became of it
     */
    ReportOutcome report(DeliveryReport report);

    /**
     * Messages claimed longer ago than {@code lease} and never finished: the server died while
     * calling the provider. The sender asks its provider whether each was taken, then calls
     * {@link #accepted} or {@link #release}.
     *
     * @param channel the channel
     * @param lease   how long a claim may last (longer than the provider call's timeout)
     * @param max     at most this many
     * @return the abandoned claims
     */
    List<OutboundDispatch> abandoned(Channel channel, Duration lease, int max);

    /**
     * Returns an abandoned claim to the queue, due now (the provider does not have it).
     *
     * @param messageId our id
     */
    void release(long messageId);

    /**
     * The outbound messages to one address, newest first, for the simulator page.
     *
     * @param channel the channel
     * @param to      the address (E.164 for SMS)
     * @param max     at most this many (1..200)
     * @return the messages with their states
     */
    List<OutboundView> outboundTo(Channel channel, String to, int max);
}
