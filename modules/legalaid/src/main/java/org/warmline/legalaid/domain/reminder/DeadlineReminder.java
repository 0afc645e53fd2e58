package org.warmline.legalaid.domain.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reminder to staff that a case's deadline is near (30, 14, 7, 3 or 1 days before it, issue 12 point 3),
 * written once per case, clock, last day and days-before figure ({@code la_deadline_reminder}). Append only.
 */
@Entity
@Table(name = "la_deadline_reminder")
public class DeadlineReminder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_deadline_reminder_seq")
    @SequenceGenerator(name = "la_deadline_reminder_seq", sequenceName = "la_deadline_reminder_seq", allocationSize = 50)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "days_before", nullable = false)
    private int daysBefore;

    @Column(name = "centre_id", length = 32)
    private String centreId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** For JPA. */
    protected DeadlineReminder() {
    }

    /**
     * @param caseId     the case
     * @param kind       the clock ({@code DeadlineKind} name)
     * @param dueOn      its last day
     * @param daysBefore the reminder's figure: 30, 14, 7, 3 or 1
     * @param centreId   the case's help centre (for the centre's staff), or null
     * @param createdAt  when it was written, UTC
     */
    public DeadlineReminder(long caseId, String kind, LocalDate dueOn, int daysBefore, String centreId, Instant createdAt) {
        this.caseId = caseId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.daysBefore = daysBefore;
        this.centreId = centreId;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** @return id, null before persist */
    public Long id() {
        return id;
    }

    /** @return the case id */
    public long caseId() {
        return caseId;
    }

    /** @return the clock's code */
    public String kind() {
        return kind;
    }

    /** @return the deadline's last day */
    public LocalDate dueOn() {
        return dueOn;
    }

    /** @return days before the deadline this reminder stands for */
    public int daysBefore() {
        return daysBefore;
    }

    /** @return the case's help centre, or null */
    public String centreId() {
        return centreId;
    }

    /** @return when it was written, UTC */
    public Instant createdAt() {
        return createdAt;
    }
}
