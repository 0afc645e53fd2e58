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
import java.time.LocalDate;
import org.warmline.core.domain.text.SafeText;

/**
 * One entry of a case's timeline ({@code la_case_event}): a step (dated, by whom), a screening result, an
 * edit, an attached message, an amount received. Append only. Notes and reasons are kept verbatim (data,
 * rendered as text).
 */
@Entity
@Table(name = "la_case_event")
public class CaseEvent {

    /** Longest note or reason kept, in characters. */
    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_case_event_seq")
    @SequenceGenerator(name = "la_case_event_seq", sequenceName = "la_case_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private CaseEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", length = 16)
    private CaseStep step;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "by_user", nullable = false, length = 64)
    private String by;

    @Column(name = "note", length = MAX_TEXT)
    private String note;

    @Column(name = "on_date")
    private LocalDate onDate;

    @Column(name = "reason", length = MAX_TEXT)
    private String reason;

    @Column(name = "amount_fen")
    private Long amountFen;

    /** For JPA. */
    protected CaseEvent() {
    }

    /**
     * @param caseId    the case
     * @param kind      what happened
     * @param step      the step reached (for {@link CaseEventKind#STEP}), else null
     * @param at        when it was recorded, UTC
     * @param by        the staff user name, or "worker" / "bot"
     * @param note      free text (a referral, the outcome code, what was edited), or null
     * @param onDate    the date the step concerns (a hearing date, a complaint filed), or null
     * @param reason    why (a rejection, an override), or null
     * @param amountFen an amount in fen (recovered at closing, received), or null
     */
    public CaseEvent(long caseId, CaseEventKind kind, CaseStep step, Instant at, String by, String note,
                     LocalDate onDate, String reason, Long amountFen) {
        this.caseId = caseId;
        this.kind = kind;
        this.step = step;
        this.at = at;
        this.by = SafeText.cut(by == null ? "bot" : by, 64);
        this.note = SafeText.cut(note, MAX_TEXT);
        this.onDate = onDate;
        this.reason = SafeText.cut(reason, MAX_TEXT);
        this.amountFen = amountFen;
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the case id */
    public long caseId() {
        return caseId;
    }

    /** @return what happened */
    public CaseEventKind kind() {
        return kind;
    }

    /** @return the step reached, or null */
    public CaseStep step() {
        return step;
    }

    /** @return when, UTC */
    public Instant at() {
        return at;
    }

    /** @return by whom: staff user name, "worker" or "bot" */
    public String by() {
        return by;
    }

    /** @return the note, or null */
    public String note() {
        return note;
    }

    /** @return the date concerned, or null */
    public LocalDate onDate() {
        return onDate;
    }

    /** @return the reason, or null */
    public String reason() {
        return reason;
    }

    /** @return an amount in fen, or null */
    public Long amountFen() {
        return amountFen;
    }
}
