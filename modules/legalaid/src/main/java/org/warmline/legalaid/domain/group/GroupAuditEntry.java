package org.warmline.legalaid.domain.group;

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
import java.util.Collection;
import java.util.stream.Collectors;
import org.warmline.core.domain.text.SafeText;

/** One change of a group ({@code la_group_audit}, append-only): who did what to which cases, and why. */
@Entity
@Table(name = "la_group_audit")
public class GroupAuditEntry {

    /** Who acts for automatic linking. */
    public static final String SYSTEM = "system";

    /** What happened. */
    public enum Action {
        /** A case joined the group by automatic linking (a new group when it links to nothing). */
        LINKED,
        /** A case left the group by automatic linking (its employer or site changed). */
        UNLINKED,
        /** Staff merged another group into this one ({@code otherGroupId}). */
        MERGED,
        /** Staff split cases off this group into a new one ({@code otherGroupId}). */
        SPLIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "la_group_audit_seq")
    @SequenceGenerator(name = "la_group_audit_seq", sequenceName = "la_group_audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private Action action;

    @Column(name = "case_ids", length = 2000)
    private String caseIds;

    @Column(name = "other_group_id")
    private Long otherGroupId;

    @Column(name = "by_user", nullable = false, length = 64)
    private String byUser;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "reason", length = 500)
    private String reason;

    /** For JPA. */
    protected GroupAuditEntry() {
    }

    /**
     * @param groupId      the group changed
     * @param action       what happened
     * @param caseIds      the cases concerned
     * @param otherGroupId the other group of a merge or split, else null
     * @param by           staff user name, or {@link #SYSTEM}
     * @param at           when, UTC
     * @param reason       why (staff's words, kept as text), may be null
     */
    public GroupAuditEntry(long groupId, Action action, Collection<Long> caseIds, Long otherGroupId, String by,
                           Instant at, String reason) {
        this.groupId = groupId;
        this.action = action;
        this.caseIds = SafeText.cut(caseIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(",")), 2000);
        this.otherGroupId = otherGroupId;
        this.byUser = SafeText.cut(by, 64);
        this.at = at;
        this.reason = reason == null ? null : SafeText.cut(reason, 500);
    }

    /** @return the id */
    public Long id() {
        return id;
    }

    /** @return the group changed */
    public long groupId() {
        return groupId;
    }

    /** @return what happened */
    public Action action() {
        return action;
    }

    /** @return the cases concerned, comma-separated ids */
    public String caseIds() {
        return caseIds;
    }

    /** @return the other group of a merge or split, or null */
    public Long otherGroupId() {
        return otherGroupId;
    }

    /** @return who */
    public String byUser() {
        return byUser;
    }

    /** @return when, UTC */
    public Instant at() {
        return at;
    }

    /** @return why, or null */
    public String reason() {
        return reason;
    }
}
