package org.warmline.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.text.SafeText;

/**
 * A worker's request for work, skills training or start-up advice, in their own words; trade,
 * preferred location and referrals to job postings come with the jobs flow.
 */
@Entity
@Table(name = "jr_job_seeker_request")
public class JobSeekerRequest {

    /** Longest text kept, in characters. */
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "jr_job_seeker_request_seq")
    @SequenceGenerator(name = "jr_job_seeker_request_seq", sequenceName = "jr_job_seeker_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "conversation_ref", length = 64)
    private String conversationRef;

    @Column(name = "request_text", nullable = false, length = MAX_TEXT)
    private String requestText;

    @Column(name = "want", length = 16)
    private String want;

    @Column(name = "trade", length = 32)
    private String trade;

    @Column(name = "location_code", length = 6)
    private String locationCode;

    @Column(name = "available_from")
    private java.time.LocalDate availableFrom;

    @Column(name = "status", nullable = false, length = 32)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected JobSeekerRequest() {
    }

    /**
     * @param workerId        the job seeker
     * @param conversationRef source conversation
     * @param text            their words, cut to {@link #MAX_TEXT} characters
     * @param now             creation time
     */
    public JobSeekerRequest(long workerId, String conversationRef, String text, Instant now) {
        this.workerId = workerId;
        this.conversationRef = conversationRef;
        this.requestText = text == null ? "" : SafeText.cut(text, MAX_TEXT);
        this.status = "NEW";
        this.createdAt = now;
    }

    /**
     * Records what the dialog learned.
     *
     * @param want          JOB, TRAINING or STARTUP, or null
     * @param trade         a standard trade name, or null
     * @param locationCode  GB/T 2260 code, or null
     * @param availableFrom first day available, or null
     * @throws IllegalArgumentException for a malformed place code
     */
    public void describe(String want, String trade, String locationCode, java.time.LocalDate availableFrom) {
        if (locationCode != null && !Place.isCode(locationCode)) {
            throw new IllegalArgumentException("a place code has 2, 4 or 6 digits");
        }
        this.want = want;
        this.trade = trade;
        this.locationCode = locationCode;
        this.availableFrom = availableFrom;
    }

    /** @return the worker id */
    public long workerId() {
        return workerId;
    }

    /** @return the worker's words */
    public String requestText() {
        return requestText;
    }

    /** @return JOB, TRAINING or STARTUP, or null */
    public String want() {
        return want;
    }

    /** @return standard trade, or null */
    public String trade() {
        return trade;
    }

    /** @return GB/T 2260 code of the wanted location, or null */
    public String locationCode() {
        return locationCode;
    }

    /** @return first day available, or null */
    public java.time.LocalDate availableFrom() {
        return availableFrom;
    }

    /** @return NEW … */
    public String status() {
        return status;
    }

    /** @return creation time */
    public Instant createdAt() {
        return createdAt;
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }
}
