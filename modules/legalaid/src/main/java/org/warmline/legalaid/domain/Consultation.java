package org.warmline.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A legal consultation opened from a worker's message; the wage-arrears case intake (claimant,
 * employer, amount in fen) grows from here. The description is the worker's own words.
 */
@Entity
@Table(name = "la_consultation")
public class Consultation {

    /** Longest description kept, in characters (an SMS concatenation is at most 1,600). */
    public static final int MAX_DESCRIPTION = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_consultation_seq")
    @SequenceGenerator(name = "la_consultation_seq", sequenceName = "la_consultation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "conversation_ref", length = 64)
    private String conversationRef;

    @Column(name = "topic", nullable = false, length = 32)
    private String topic;

    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "status", nullable = false, length = 32)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected Consultation() {
    }

    /**
     * A new consultation waiting for legal-aid staff.
     *
     * @param workerId        the claimant
     * @param conversationRef source conversation
     * @param description     the worker's words, cut to {@link #MAX_DESCRIPTION} characters
     * @param now             creation time
     */
    public Consultation(long workerId, String conversationRef, String description, Instant now) {
        this.workerId = workerId;
        this.conversationRef = conversationRef;
        this.topic = "WAGE_ARREARS";
        String text = description == null ? "" : description;
        this.description = text.length() > MAX_DESCRIPTION ? text.substring(0, MAX_DESCRIPTION) : text;
        this.status = "NEW";
        this.createdAt = now;
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }
}
