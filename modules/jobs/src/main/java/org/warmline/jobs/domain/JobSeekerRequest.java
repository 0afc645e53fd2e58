package org.warmline.jobs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

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
        String body = text == null ? "" : text;
        this.requestText = body.length() > MAX_TEXT ? body.substring(0, MAX_TEXT) : body;
        this.status = "NEW";
        this.createdAt = now;
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }
}
