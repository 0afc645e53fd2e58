package org.warmline.legalaid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a case's evidence checklist ({@code la_case_evidence}): a kind and whether the worker holds it. */
@Embeddable
public class EvidenceItem {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 32)
    private EvidenceKind kind;

    @Column(name = "held", nullable = false)
    private boolean held;

    /** For JPA. */
    protected EvidenceItem() {
    }

    /**
     * @param kind the kind of evidence
     * @param held whether the worker holds it
     */
    public EvidenceItem(EvidenceKind kind, boolean held) {
        if (kind == null) {
            throw new IllegalArgumentException("an evidence line has a kind");
        }
        this.kind = kind;
        this.held = held;
    }

    /** @return the kind */
    public EvidenceKind kind() {
        return kind;
    }

    /** @return whether the worker holds it */
    public boolean held() {
        return held;
    }
}
