package org.warmline.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One worker claiming in a case ({@code la_case_claimant}): the lead worker and co-workers who joined. */
@Embeddable
public class CaseClaimant {

    @Column(name = "worker_id", nullable = false)
    private long workerId;

    @Column(name = "amount_owed_fen")
    private Long amountOwedFen;

    /** For JPA. */
    protected CaseClaimant() {
    }

    /**
     * @param workerId      the worker (core {@code wk_worker.id})
     * @param amountOwedFen what this worker is owed, in fen, or null if not known
     * @throws IllegalArgumentException if the amount is negative
     */
    public CaseClaimant(long workerId, Long amountOwedFen) {
        if (amountOwedFen != null && amountOwedFen < 0) {
            throw new IllegalArgumentException("an amount owed cannot be negative");
        }
        this.workerId = workerId;
        this.amountOwedFen = amountOwedFen;
    }

    /** @return the worker id */
    public long workerId() {
        return workerId;
    }

    /** @return what this worker is owed, fen, or null */
    public Long amountOwedFen() {
        return amountOwedFen;
    }
}
