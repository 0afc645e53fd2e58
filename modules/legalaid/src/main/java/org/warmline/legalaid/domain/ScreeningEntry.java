package org.warmline.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One screening judgement on a case ({@code la_case_screening}): a criterion, passed or not, and the reason
 * when staff overrode what the facts decide ({@link ScreeningCriterion#automaticResult}). The latest row per
 * criterion counts; older rows stay as history.
 */
@Entity
@Table(name = "la_case_screening")
public class ScreeningEntry {

    /** Longest override reason, in characters. */
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_case_screening_seq")
    @SequenceGenerator(name = "la_case_screening_seq", sequenceName = "la_case_screening_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "criterion", nullable = false, length = 32)
    private ScreeningCriterion criterion;

    @Column(name = "passed", nullable = false)
    private boolean passed;

    @Column(name = "override_reason", length = MAX_REASON)
    private String overrideReason;

    @Column(name = "by_user", nullable = false, length = 64)
    private String by;

    @Column(name = "at", nullable = false)
    private Instant at;

    /** For JPA. */
    protected ScreeningEntry() {
    }

    /**
     * @param caseId         the case
     * @param criterion      the criterion
     * @param passed         the result
     * @param overrideReason why staff decided against the automatic result, or null
     * @param by             staff user name
     * @param at             when, UTC
     */
    public ScreeningEntry(long caseId, ScreeningCriterion criterion, boolean passed, String overrideReason,
                          String by, Instant at) {
        this.caseId = caseId;
        this.criterion = criterion;
        this.passed = passed;
        this.overrideReason = overrideReason;
        this.by = by;
        this.at = at;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return the case id */
    public long caseId() {
        return caseId;
    }

    /** @return the criterion */
    public ScreeningCriterion criterion() {
        return criterion;
    }

    /** @return the result */
    public boolean passed() {
        return passed;
    }

    /** @return the override reason, or null */
    public String overrideReason() {
        return overrideReason;
    }

    /** @return staff user name */
    public String by() {
        return by;
    }

    /** @return when, UTC */
    public Instant at() {
        return at;
    }
}
