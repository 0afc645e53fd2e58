package org.warmline.legalaid.domain.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A case's place in a group ({@code la_case_group_member}; a case is in exactly one group). A case placed by
 * staff (merge or split) is never moved by automatic linking again.
 */
@Entity
@Table(name = "la_case_group_member")
public class GroupMember {

    /** Who put the case in its group. */
    public enum Placed {
        /** The claim linker. */
        AUTO,
        /** Staff, by a merge or a split: automatic linking leaves it where it is. */
        STAFF
    }

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Enumerated(EnumType.STRING)
    @Column(name = "placed", nullable = false, length = 8)
    private Placed placed;

    @Column(name = "at", nullable = false)
    private Instant at;

    /** For JPA. */
    protected GroupMember() {
    }

    /**
     * @param caseId  the case
     * @param groupId its group
     * @param placed  who placed it
     * @param at      when, UTC
     */
    public GroupMember(long caseId, long groupId, Placed placed, Instant at) {
        this.caseId = caseId;
        this.groupId = groupId;
        this.placed = placed;
        this.at = at;
    }

    /**
     * Moves the case to another group.
     *
     * @param newGroupId the group
     * @param by         who moves it
     * @param now        when, UTC
     */
    public void moveTo(long newGroupId, Placed by, Instant now) {
        this.groupId = newGroupId;
        this.placed = by;
        this.at = now;
    }

    /** @return the case */
    public long caseId() {
        return caseId;
    }

    /** @return its group */
    public long groupId() {
        return groupId;
    }

    /** @return who placed it */
    public Placed placed() {
        return placed;
    }

    /** @return when, UTC */
    public Instant at() {
        return at;
    }
}
