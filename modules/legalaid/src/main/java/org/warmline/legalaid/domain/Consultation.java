package org.warmline.legalaid.domain;

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

    @Column(name = "employer", length = 200)
    private String employer;

    @Column(name = "contractor", length = 200)
    private String contractor;

    @Column(name = "site_code", length = 6)
    private String siteCode;

    @Column(name = "amount_fen")
    private Long amountFen;

    @Column(name = "months_unpaid")
    private Integer monthsUnpaid;

    @Column(name = "co_workers_owed")
    private Integer coWorkersOwed;

    @Column(name = "evidence", length = 200)
    private String evidence;

    @Column(name = "urgent", nullable = false)
    private boolean urgent;

    @Column(name = "status", nullable = false, length = 32)
    private String status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "case_id")
    private Long caseId;

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
        this.description = description == null ? "" : SafeText.cut(description, MAX_DESCRIPTION);
        this.status = "NEW";
        this.createdAt = now;
    }

    /**
     * Records what the dialog learned.
     *
     * @param topic         WAGE_ARREARS, WORK_INJURY, LABOUR_CONTRACT, SOCIAL_INSURANCE or OTHER
     * @param employer      employer or labour contractor, cut to 200 characters, or null
     * @param siteCode      GB/T 2260 code of the work site, or null
     * @param amountFen     wages owed in fen, or null
     * @param monthsUnpaid  months unpaid, or null
     * @param coWorkersOwed co-workers owed too, or null
     * @param evidence      evidence kinds, comma-joined, or empty
     * @param urgent        urgent need
     * @throws IllegalArgumentException for a negative amount or count, or a malformed code
     */
    public void describe(String topic, String employer, String siteCode, Long amountFen, Integer monthsUnpaid,
                         Integer coWorkersOwed, java.util.List<String> evidence, boolean urgent) {
        if ((amountFen != null && amountFen < 0) || (monthsUnpaid != null && monthsUnpaid < 0)
                || (coWorkersOwed != null && coWorkersOwed < 0)) {
            throw new IllegalArgumentException("amounts and counts cannot be negative");
        }
        if (siteCode != null && !Place.isCode(siteCode)) {
            throw new IllegalArgumentException("a place code has 2, 4 or 6 digits");
        }
        this.topic = topic == null ? "OTHER" : topic;
        this.employer = SafeText.cut(employer, 200);
        this.siteCode = siteCode;
        this.amountFen = amountFen;
        this.monthsUnpaid = monthsUnpaid;
        this.coWorkersOwed = coWorkersOwed;
        this.evidence = evidence == null ? "" : String.join(",", evidence);
        this.urgent = urgent;
    }

    /**
     * Keeps the labour contractor (包工头) the worker named next to a company employer.
     *
     * @param name the contractor by the name the worker gave, cut to 200 characters, or null
     */
    public void nameContractor(String name) {
        this.contractor = SafeText.cut(name, 200);
    }

    /**
     * Links the consultation to the case it opened or was attached to; its status becomes CASE.
     *
     * @param caseId the case
     */
    public void attachTo(long caseId) {
        this.caseId = caseId;
        this.status = "CASE";
    }

    /** Staff answered it: NEW becomes ANSWERED (a consultation with a case stays CASE). */
    public void markAnswered() {
        if ("NEW".equals(status)) {
            status = "ANSWERED";
        }
    }

    /** @return the case it opened or joined, or null */
    public Long caseId() {
        return caseId;
    }

    /** @return the source conversation, or null */
    public String conversationRef() {
        return conversationRef;
    }

    /** @return the labour contractor as named, when the employer is a company, or null */
    public String contractor() {
        return contractor;
    }

    /** @return topic */
    public String topic() {
        return topic;
    }

    /** @return wages owed in fen, or null */
    public Long amountFen() {
        return amountFen;
    }

    /** @return the worker (claimant) id */
    public long workerId() {
        return workerId;
    }

    /** @return the worker's words */
    public String description() {
        return description;
    }

    /** @return employer or contractor as named, or null */
    public String employer() {
        return employer;
    }

    /** @return GB/T 2260 code of the work site, or null */
    public String siteCode() {
        return siteCode;
    }

    /** @return months unpaid, or null */
    public Integer monthsUnpaid() {
        return monthsUnpaid;
    }

    /** @return co-workers owed too, or null */
    public Integer coWorkersOwed() {
        return coWorkersOwed;
    }

    /** @return evidence kinds */
    public java.util.List<String> evidence() {
        return evidence == null || evidence.isBlank() ? java.util.List.of() : java.util.List.of(evidence.split(","));
    }

    /** @return urgent need */
    public boolean urgent() {
        return urgent;
    }

    /** @return NEW, ANSWERED (staff answered) or CASE (a case was opened or joined) */
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
