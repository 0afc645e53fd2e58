package org.warmline.conversation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.warmline.conversation.api.Channel;
import org.warmline.conversation.api.ChannelConverter;

/**
 * One worker's conversation on one channel, with the dialog's state between turns. A conversation
 * idle for longer than the configured expiry is closed, and the next message opens a new one (the
 * history stays).
 */
@Entity
@Table(name = "cv_conversation")
public class Conversation {

    /** The conversation status. Operators' statuses (open, pending, snoozed …) come with helpdesk. */
    public enum Status { BOT, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cv_conversation_seq")
    @SequenceGenerator(name = "cv_conversation_seq", sequenceName = "cv_conversation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "channel", nullable = false, length = 16)
    @Convert(converter = ChannelConverter.class)
    private Channel channel;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "language", nullable = false, length = 8)
    private String language;

    @Column(name = "dialog_state", length = DialogState.MAX_ENCODED)
    private String dialogState;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_message_at", nullable = false)
    private Instant lastMessageAt;

    @Column(name = "operator_at")
    private Instant operatorAt;

    @Column(name = "safety_advice_at")
    private Instant safetyAdviceAt;

    /** For JPA. */
    protected Conversation() {
    }

    /**
     * @param workerId the worker
     * @param channel  the channel
     * @param language "zh" or "en"
     * @param now      start time
     */
    public Conversation(long workerId, Channel channel, String language, Instant now) {
        this.workerId = workerId;
        this.channel = Objects.requireNonNull(channel);
        this.language = Objects.requireNonNull(language);
        this.status = Status.BOT.name();
        this.createdAt = now;
        this.lastMessageAt = now;
    }

    /**
     * @param now    the current time
     * @param expiry the idle time after which a conversation starts fresh
     * @return whether this conversation has been idle too long to continue
     */
    public boolean isExpired(Instant now, Duration expiry) {
        return Duration.between(lastMessageAt, now).compareTo(expiry) > 0;
    }

    /** Closes the conversation (idle too long). */
    public void close() {
        status = Status.CLOSED.name();
    }

    /**
     * Records a dialog turn.
     *
     * @param encodedState the dialog state after the turn
     * @param language     the language of the turn
     * @param now          when
     */
    public void recordTurn(String encodedState, String language, Instant now) {
        this.dialogState = encodedState;
        this.language = language;
        this.lastMessageAt = now;
    }

    /**
     * A staff member wrote to the worker in this conversation: from now on a person handles it, so the
     * bot stops asking its questions (its state is marked handed off) and, while it stays handed off,
     * does not answer the worker's messages at all; "菜单"/MENU hands it back to the bot.
     *
     * @param now when the operator's message was queued
     */
    public void operatorReplied(Instant now) {
        this.operatorAt = now;
        DialogState state = DialogState.decode(dialogState);
        if (!state.handedOff()) {
            this.dialogState = state.withHandedOff(true).withMisses(0).encode();
        }
    }

    /**
     * Whether the safety advice (emergency numbers and hotline) may be given now: not if it was given
     * in this conversation less than {@code repeatAfter} ago, so a worker who sends several danger
     * messages in a row reads it once (issue 10, item 2).
     *
     * @param now         time of the danger message
     * @param repeatAfter the shortest time between two advices in one conversation
     * @return true when none was given within {@code repeatAfter} before {@code now}
     */
    public boolean safetyAdviceDue(Instant now, Duration repeatAfter) {
        return safetyAdviceAt == null || !now.isBefore(safetyAdviceAt.plus(repeatAfter));
    }

    /** @param now when the bot gave the safety advice in this conversation */
    public void safetyAdviceGiven(Instant now) {
        this.safetyAdviceAt = now;
    }

    /** @return whether a staff member has written in this conversation (see {@link #operatorReplied}) */
    public boolean operatorEngaged() {
        return operatorAt != null;
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }

    /** @return an opaque reference other modules store (no foreign key across modules) */
    public String ref() {
        return "cv-" + id;
    }

    /** @return the worker id */
    public long workerId() {
        return workerId;
    }

    /** @return the channel */
    public Channel channel() {
        return channel;
    }

    /** @return status name */
    public String status() {
        return status;
    }

    /** @return "zh" or "en" */
    public String language() {
        return language;
    }

    /** @return the encoded dialog state, or null at the start */
    public String dialogState() {
        return dialogState;
    }

    /** @return start time */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return time of the latest message */
    public Instant lastMessageAt() {
        return lastMessageAt;
    }
}
