package org.warmline.core.domain.audit;

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
 * One line of the audit log: a member of staff ({@code actor}) did {@code action} to a record
 * ({@code subjectType} + {@code subjectId}) at a time. The detail never holds a full phone number or a
 * message body.
 */
@Entity
@Table(name = "wk_audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wk_audit_entry_seq")
    @SequenceGenerator(name = "wk_audit_entry_seq", sequenceName = "wk_audit_entry_seq", allocationSize = 50)
    private Long id;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 32)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 64)
    private String subjectId;

    @Column(name = "detail", length = 400)
    private String detail;

    /** For JPA. */
    protected AuditEntry() {
    }

    /**
     * @param at          when
     * @param actor       the staff user name (or "system")
     * @param action      what, e.g. "phone.reveal", "conversation.assign"
     * @param subjectType what kind of record, e.g. "conversation", "staff-user"
     * @param subjectId   its id
     * @param detail      more, at most 400 characters (clipped), may be null
     */
    public AuditEntry(Instant at, String actor, String action, String subjectType, String subjectId, String detail) {
        this.at = Objects.requireNonNull(at);
        this.actor = clip(Objects.requireNonNull(actor), 64);
        this.action = clip(Objects.requireNonNull(action), 64);
        this.subjectType = clip(Objects.requireNonNull(subjectType), 32);
        this.subjectId = clip(Objects.requireNonNull(subjectId), 64);
        this.detail = detail == null ? null : clip(detail, 400);
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** @return id */
    public Long id() {
        return id;
    }

    /** @return when */
    public Instant at() {
        return at;
    }

    /** @return who */
    public String actor() {
        return actor;
    }

    /** @return what */
    public String action() {
        return action;
    }

    /** @return the kind of record */
    public String subjectType() {
        return subjectType;
    }

    /** @return the record's id */
    public String subjectId() {
        return subjectId;
    }

    /** @return more detail, or null */
    public String detail() {
        return detail;
    }
}
