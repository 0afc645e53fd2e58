package org.warmline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.warmline.core.domain.text.SafeText;
import java.time.Instant;
import java.util.Objects;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.ChannelConverter;

/**
 * One message of a conversation, inbound (from the worker) or outbound (bot or staff). An inbound
 * message is stored before it is processed ({@code processed=false}), so a crash between the two
 * loses nothing: a re-delivery of the same channel message id processes it then. The body is
 * personal data: never log it at INFO.
 *
 * <p>An outbound message that goes through the transactional outbox (DESIGN.md) also carries its
 * {@link Kind kind}, the address it goes to, the provider's id (Twilio's MessageSid), the provider's
 * error code, its sending attempts and a validity limit, and moves through a forward-only status
 * machine ({@link Delivery}): {@code QUEUED → SENDING → SENT → DELIVERED → READ}, with
 * {@code UNDELIVERED} and {@code FAILED} (provider), {@code DROPPED} (sending policy) and
 * {@code MERGED} (folded into another message) final. Twilio sends status callbacks out of order
 * (Twilio docs "Outbound Message Status in Status Callbacks"): a late {@code sent} after
 * {@code delivered} changes nothing.
 */
@Entity
@Table(name = "cv_message")
public class Message {

    /** Direction seen from Warmline. */
    public enum Direction { INBOUND, OUTBOUND }

    /**
     * The states of an outbound message that goes through the outbox, in their forward order.
     * Bot replies answered inside TwiML are stored as {@code SENT} directly.
     */
    public enum Delivery {
        /** Written, waiting for the sender. */
        QUEUED(0, false),
        /** Claimed by a sender; the provider is being called. */
        SENDING(1, false),
        /** The provider accepted it (Twilio: queued/sent to the carrier). */
        SENT(2, false),
        /** The carrier reported delivery to the handset. */
        DELIVERED(3, false),
        /** Read receipt (channels that report it); after delivered. */
        READ(4, true),
        /** The carrier could not deliver it (Twilio error 30003, 30008 …). */
        UNDELIVERED(5, true),
        /** The provider refused or gave up (error code kept), or our retries ran out. */
        FAILED(5, true),
        /** Not sent on purpose by the sending policy (reason in the error message). */
        DROPPED(5, true),
        /** Folded into another queued message to the same worker. */
        MERGED(5, true);

        private final int rank;
        private final boolean terminal;

        Delivery(int rank, boolean terminal) {
            this.rank = rank;
            this.terminal = terminal;
        }

        /** @return whether nothing can follow this state */
        public boolean terminal() {
            return terminal;
        }

        /**
         * @param next a reported or decided state
         * @return whether moving from this state to {@code next} goes forward: never out of a final
         *         state, never back (a late "sent" after "delivered"), delivered only to read
         */
        public boolean canMoveTo(Delivery next) {
            if (terminal || next == this) {
                return false;
            }
            if (this == DELIVERED) {
                return next == READ;
            }
            return next.rank > rank;
        }

        /**
         * @param status a stored status text
         * @return the state, or null for an inbound status (RECEIVED, PROCESSED) or an unknown text
         */
        public static Delivery parse(String status) {
            for (Delivery d : values()) {
                if (d.name().equals(status)) {
                    return d;
                }
            }
            return null;
        }
    }

    /** Why an outbound message is sent; mirrors conversation.api's OutboundRequest.Kind. */
    public enum Kind {
        /** A direct answer to the worker's own message: never limited, sent even after opt-out. */
        REPLY,
        /** A one-time code the worker asked for. */
        VERIFICATION,
        /** Written by an operator. */
        OPERATOR,
        /** A notice to one worker. */
        NOTICE,
        /** One of many identical notices. */
        BULK;

        /** @return the sending priority, 0 first (replies, codes and operators before notices) */
        public int priority() {
            return ordinal();
        }

        /** @return whether an opt-out and the carriers' per-recipient limits apply to this kind */
        public boolean isNotification() {
            return this == NOTICE || this == BULK;
        }
    }

    /** Longest body kept, in characters (Twilio accepts 1,600; chat is limited to the same). */
    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cv_message_seq")
    @SequenceGenerator(name = "cv_message_seq", sequenceName = "cv_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "direction", nullable = false, length = 8)
    private String direction;

    @Column(name = "channel", nullable = false, length = 16)
    @Convert(converter = ChannelConverter.class)
    private Channel channel;

    @Column(name = "channel_message_id", length = 64)
    private String channelMessageId;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "reply_to_id")
    private Long replyToId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "kind", length = 16)
    private String kind;

    @Column(name = "priority")
    private Integer priority;

    @Column(name = "worker_id")
    private Long workerId;

    @Column(name = "to_address", length = 64)
    private String toAddress;

    @Column(name = "provider_message_id", length = 64)
    private String providerMessageId;

    @Column(name = "error_code", length = 16)
    private String errorCode;

    @Column(name = "error_message", length = 400)
    private String errorMessage;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "raw_dlr_done_date", length = 16)
    private String rawDlrDoneDate;

    @Column(name = "raw_body", length = MAX_BODY)
    private String rawBody;

    @Column(name = "retried_provider_message_id", length = 64)
    private String retriedProviderMessageId;

    /** For JPA. */
    protected Message() {
    }

    private Message(long conversationId, Direction direction, Channel channel, String channelMessageId,
                    String body, String status, Long replyToId, Instant now) {
        this.conversationId = conversationId;
        this.direction = direction.name();
        this.channel = Objects.requireNonNull(channel);
        this.channelMessageId = channelMessageId;
        this.body = clip(body == null ? "" : body, MAX_BODY);
        this.status = status;
        this.replyToId = replyToId;
        this.createdAt = now;
    }

    /**
     * @param conversationId   conversation
     * @param channel          the channel
     * @param channelMessageId the channel's id (MessageSid)
     * @param body             text (cut to {@link #MAX_BODY})
     * @param now              arrival time
     * @return a received, not yet processed, inbound message
     */
    public static Message inbound(long conversationId, Channel channel, String channelMessageId, String body,
                                  Instant now) {
        return new Message(conversationId, Direction.INBOUND, channel, channelMessageId, body, "RECEIVED", null,
                now);
    }

    /**
     * @param conversationId   conversation
     * @param channel          the channel
     * @param channelMessageId the channel's id (MessageSid)
     * @param body             the text the dialog reads (cut to {@link #MAX_BODY})
     * @param rawBody          the text exactly as received when the channel decoded it into {@code body}
     *                         (a base64 body), or null when the two are the same
     * @param now              arrival time
     * @return a received, not yet processed, inbound message
     */
    public static Message inbound(long conversationId, Channel channel, String channelMessageId, String body,
                                  String rawBody, Instant now) {
        Message m = inbound(conversationId, channel, channelMessageId, body, now);
        m.rawBody = rawBody == null || rawBody.equals(m.body) ? null : clip(rawBody, MAX_BODY);
        return m;
    }

    /**
     * @param conversationId conversation
     * @param workerId       the worker it answers (core {@code wk_worker.id}): a provider's report on the
     *                       reply (Twilio 21610, the number replied STOP) acts on this worker
     * @param channel        the channel
     * @param body           the reply text
     * @param replyToId      the inbound message it answers
     * @param now            time
     * @return the bot's reply, sent inside the channel's synchronous answer (TwiML for SMS)
     */
    public static Message botReply(long conversationId, long workerId, Channel channel, String body, long replyToId,
                                   Instant now) {
        Message m = new Message(conversationId, Direction.OUTBOUND, channel, null, body, "SENT", replyToId, now);
        m.workerId = workerId;
        return m;
    }

    /**
     * A message for the transactional outbox, waiting for the channel's sender.
     *
     * @param conversationId conversation it belongs to
     * @param workerId       the worker (core {@code wk_worker.id})
     * @param channel        the channel it goes on
     * @param to             address on that channel (E.164 for SMS)
     * @param body           the text (the caller has checked its length in segments)
     * @param kind           why it is sent
     * @param validUntil     drop instead of sending after this; null = no limit
     * @param now            time
     * @return a QUEUED outbound message, due now
     */
    public static Message queued(long conversationId, long workerId, Channel channel, String to, String body,
                                 Kind kind, Instant validUntil, Instant now) {
        Message m = new Message(conversationId, Direction.OUTBOUND, channel, null, body, Delivery.QUEUED.name(),
                null, now);
        m.workerId = workerId;
        m.toAddress = Objects.requireNonNull(to, "to");
        m.kind = kind.name();
        m.priority = kind.priority();
        m.validUntil = validUntil;
        m.nextAttemptAt = now;
        m.updatedAt = now;
        return m;
    }

    /**
     * A bot reply that never reached the worker (it was to go back as the webhook's answer, and the
     * server stopped before answering; the message was processed by the start-up check): queued in the
     * outbox as a direct reply instead, due now. Anything else is left as it is.
     *
     * @param to  the worker's address (E.164 phone)
     * @param now time
     * @return whether it was queued
     */
    public boolean sendLaterAsReply(String to, Instant now) {
        if (!Direction.OUTBOUND.name().equals(direction) || replyToId == null || toAddress != null
                || providerMessageId != null) {
            return false;
        }
        this.status = Delivery.QUEUED.name();
        this.toAddress = Objects.requireNonNull(to, "to");
        this.kind = Kind.REPLY.name();
        this.priority = Kind.REPLY.priority();
        this.nextAttemptAt = now;
        this.updatedAt = now;
        return true;
    }

    /**
     * Moves the delivery state forward; a backward or unknown move changes nothing (forward-only).
     * The provider id and error are kept whenever given, even if the state does not move (a late
     * callback can still tell us the MessageSid).
     *
     * @param next         the reported or decided state
     * @param providerId   the provider's id (MessageSid), or null
     * @param code         the provider's error code, or null
     * @param message      a short reason without personal data, or null
     * @param now          time
     * @return whether the state moved
     */
    public boolean advance(Delivery next, String providerId, String code, String message, Instant now) {
        Delivery current = delivery();
        if (providerId != null && !providerId.isBlank() && providerMessageId == null) {
            providerMessageId = providerId;
        }
        if (current == null || !current.canMoveTo(next)) {
            return false;
        }
        status = next.name();
        if (code != null && !code.isBlank()) {
            errorCode = clip(code, 16);
        }
        if (message != null && !message.isBlank()) {
            errorMessage = clip(message, 400);
        }
        boolean reachedProvider = next == Delivery.SENT || next == Delivery.DELIVERED || next == Delivery.READ
                || next == Delivery.UNDELIVERED || (next == Delivery.FAILED && providerMessageId != null);
        if (reachedProvider && sentAt == null) {
            sentAt = now;
        }
        updatedAt = now;
        return true;
    }

    /**
     * A failed attempt that may be retried: back to QUEUED, due at {@code at}.
     *
     * @param at      when to try again
     * @param code    the provider's error code or HTTP status, or null
     * @param message a short reason without personal data
     * @param now     time
     * @return false if the message is no longer SENDING (a status callback moved it on)
     */
    public boolean retryAt(Instant at, String code, String message, Instant now) {
        if (delivery() != Delivery.SENDING) {
            return false;
        }
        status = Delivery.QUEUED.name();
        nextAttemptAt = at;
        claimedAt = null;
        errorCode = clip(code, 16);
        errorMessage = clip(message, 400);
        updatedAt = now;
        return true;
    }

    /**
     * The provider accepted the message but then reported a passing failure (a rate limit such as
     * Twilio 63018): back to QUEUED, due at {@code at}, to be sent again as a new provider message.
     * The attempt the provider failed stays counted (a bot reply sent inside TwiML counts as one);
     * the provider id of the failed attempt is kept apart ({@link #isRetriedAttempt}), so the next
     * attempt records its own and late reports on the failed one can be told apart.
     *
     * @param at      when to try again
     * @param to      the address to send to when the row has none yet (a bot reply answered inside
     *                TwiML: the worker's phone), or null to keep the row's
     * @param code    the provider's error code
     * @param message a short reason without personal data
     * @param now     time
     * @return false unless the message was with the provider and not finished (SENDING or SENT), or
     *         if it has no address to be sent to
     */
    public boolean retryAfterProviderFailure(Instant at, String to, String code, String message, Instant now) {
        Delivery current = delivery();
        if (current != Delivery.SENT && current != Delivery.SENDING) {
            return false;
        }
        if (toAddress == null) {
            if (to == null || to.isBlank()) {
                return false;
            }
            toAddress = clip(to, 64);
        }
        status = Delivery.QUEUED.name();
        attempts = Math.max(attempts, 1);
        nextAttemptAt = at;
        claimedAt = null;
        if (providerMessageId != null) {
            retriedProviderMessageId = providerMessageId;
        }
        providerMessageId = null;
        errorCode = clip(code, 16);
        errorMessage = clip(message, 400);
        updatedAt = now;
        return true;
    }

    /**
     * A claim that was never finished (the server died while calling the provider, and the provider
     * does not know the message): back to QUEUED, due now. The attempt stays counted.
     *
     * @param now time
     * @return false unless the message was SENDING
     */
    public boolean releaseClaim(Instant now) {
        if (delivery() != Delivery.SENDING) {
            return false;
        }
        status = Delivery.QUEUED.name();
        claimedAt = null;
        nextAttemptAt = now;
        updatedAt = now;
        return true;
    }

    /**
     * Folds this queued message into another one to the same worker.
     *
     * @param otherId the message that now carries this text
     * @param now     time
     * @return whether it was merged (false unless QUEUED)
     */
    public boolean mergeInto(long otherId, Instant now) {
        if (advance(Delivery.MERGED, null, null, "merged into " + otherId, now)) {
            mergedIntoId = otherId;
            return true;
        }
        return false;
    }

    /**
     * Replaces the text of a QUEUED message (several updates merged into one).
     *
     * @param text the new text
     * @param now  time
     */
    public void rewrite(String text, Instant now) {
        if (delivery() != Delivery.QUEUED && delivery() != Delivery.SENDING) {
            throw new IllegalStateException("only a message not yet sent can be rewritten");
        }
        this.body = clip(text, MAX_BODY);
        this.updatedAt = now;
    }

    /**
     * Defers a QUEUED message (sending policy: rate or per-recipient limits).
     *
     * @param at  when it is due again
     * @param now time
     */
    public void deferTo(Instant at, Instant now) {
        if (delivery() == Delivery.QUEUED) {
            nextAttemptAt = at;
            updatedAt = now;
        }
    }

    /** @param raw Twilio's RawDlrDoneDate as received (YYMMDDhhmm, no zone), kept unparsed */
    public void keepRawDoneDate(String raw) {
        if (raw != null && !raw.isBlank()) {
            rawDlrDoneDate = clip(raw, 16);
        }
    }

    /** @return the text cut to its column's length without splitting an emoji; null stays null */
    private static String clip(String text, int max) {
        return SafeText.cut(text, max);
    }

    /** @return the outbound delivery state, or null for an inbound message */
    public Delivery delivery() {
        return direction() == Direction.OUTBOUND ? Delivery.parse(status) : null;
    }

    /** @return why it is sent, or null (bot replies inside TwiML, inbound) */
    public Kind kind() {
        return kind == null ? null : Kind.valueOf(kind);
    }

    /** @return the worker an outbox message goes to, or null */
    public Long workerId() {
        return workerId;
    }

    /** @return the address an outbox message goes to (E.164 for SMS), or null */
    public String toAddress() {
        return toAddress;
    }

    /** @return the provider's id (Twilio MessageSid) once known, or null */
    public String providerMessageId() {
        return providerMessageId;
    }

    /** @return the provider's error code (Twilio's, e.g. 30003) or our reason code, or null */
    public String errorCode() {
        return errorCode;
    }

    /** @return a short reason for failure, drop or retry, or null; no personal data */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return sending attempts so far */
    public int attempts() {
        return attempts;
    }

    /** @return when a QUEUED message is due, or null */
    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** @return after this the message is dropped, not sent late; null = no limit */
    public Instant validUntil() {
        return validUntil;
    }

    /** @return when a sender claimed it (SENDING), or null */
    public Instant claimedAt() {
        return claimedAt;
    }

    /** @return when the provider accepted it, or null */
    public Instant sentAt() {
        return sentAt;
    }

    /** @return time of the latest status change, or null */
    public Instant updatedAt() {
        return updatedAt;
    }

    /** @return the message this one was merged into, or null */
    public Long mergedIntoId() {
        return mergedIntoId;
    }

    /** @return the inbound text exactly as received when it differs from {@link #body()} (a decoded base64 body), or null */
    public String rawBody() {
        return rawBody;
    }

    /**
     * @param providerId a provider id from a report, or null
     * @return whether it names an earlier attempt the provider failed and that was sent again (its
     *         late reports must not move the message)
     */
    public boolean isRetriedAttempt(String providerId) {
        return providerId != null && providerId.equals(retriedProviderMessageId)
                && !providerId.equals(providerMessageId);
    }

    /** @return Twilio's RawDlrDoneDate as received, or null */
    public String rawDlrDoneDate() {
        return rawDlrDoneDate;
    }

    /** Marks an inbound message as processed by the dialog. */
    public void markProcessed() {
        this.status = "PROCESSED";
    }

    /** @return whether the dialog has processed this inbound message */
    public boolean isProcessed() {
        return "PROCESSED".equals(status);
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return conversation id */
    public long conversationId() {
        return conversationId;
    }

    /** @return direction */
    public Direction direction() {
        return Direction.valueOf(direction);
    }

    /** @return the channel */
    public Channel channel() {
        return channel;
    }

    /** @return the channel's id, or null for outbound */
    public String channelMessageId() {
        return channelMessageId;
    }

    /** @return the text */
    public String body() {
        return body;
    }

    /** @return RECEIVED/PROCESSED for inbound; SENT (and later delivery states) for outbound */
    public String status() {
        return status;
    }

    /** @return the inbound message this answers, or null */
    public Long replyToId() {
        return replyToId;
    }

    /** @return time */
    public Instant createdAt() {
        return createdAt;
    }
}
