package org.warmline.helpdesk.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A conversation waiting in the operators' queue (接线员), from the bot's hand-off until an operator
 * resolves it. One waiting item per conversation; a second hand-off only refreshes the reason.
 */
@Entity
@Table(name = "hd_queue_item")
public class QueueItem {

    /** Where the item stands; operators' statuses (open, pending, snoozed) come with the console. */
    public enum Status { WAITING, RESOLVED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "hd_queue_item_seq")
    @SequenceGenerator(name = "hd_queue_item_seq", sequenceName = "hd_queue_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "reason", nullable = false, length = 64)
    private String reason;

    @Column(name = "status", nullable = false, length = 16)
    private String status;

    @Column(name = "waiting_since", nullable = false)
    private Instant waitingSince;

    /** For JPA. */
    protected QueueItem() {
    }

    /**
     * @param conversationId the conversation handed off
     * @param workerId       its worker
     * @param reason         why (asked-for-person, not-understood …), at most 64 characters
     * @param now            hand-off time
     */
    public QueueItem(long conversationId, long workerId, String reason, Instant now) {
        this.conversationId = conversationId;
        this.workerId = workerId;
        this.reason = clip(reason);
        this.status = Status.WAITING.name();
        this.waitingSince = Objects.requireNonNull(now);
    }

    /** @param reason the latest reason for the hand-off */
    public void handedOffAgain(String reason) {
        this.reason = clip(reason);
    }

    private static String clip(String reason) {
        String r = reason == null || reason.isBlank() ? "unspecified" : reason;
        return r.length() > 64 ? r.substring(0, 64) : r;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return conversation id */
    public long conversationId() {
        return conversationId;
    }

    /** @return worker id */
    public long workerId() {
        return workerId;
    }

    /** @return the hand-off reason */
    public String reason() {
        return reason;
    }

    /** @return WAITING or RESOLVED */
    public String status() {
        return status;
    }

    /** @return since when the worker waits */
    public Instant waitingSince() {
        return waitingSince;
    }
}
