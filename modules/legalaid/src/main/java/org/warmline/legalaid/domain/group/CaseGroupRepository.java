package org.warmline.legalaid.domain.group;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warmline.legalaid.domain.CaseParty;
import org.warmline.legalaid.domain.EvidenceKind;
import org.warmline.legalaid.domain.WageCase;

/** Where groups, their members and their audit rows are kept; runs in the caller's transaction. */
public interface CaseGroupRepository {

    /** @param id a group id @return the group, if any */
    Optional<CaseGroup> find(long id);

    /** @param group a new group; it gets its id */
    void add(CaseGroup group);

    /** @param group an empty group to delete */
    void remove(CaseGroup group);

    /** @param caseId a case @return its membership, if it has one */
    Optional<GroupMember> memberOf(long caseId);

    /** @param caseIds cases @return their memberships (cases without one are missing) */
    List<GroupMember> membersOf(Collection<Long> caseIds);

    /** @param groupId a group @return its members, by case id */
    List<GroupMember> members(long groupId);

    /** @param member a new membership */
    void addMember(GroupMember member);

    /** @param entry a new audit row */
    void append(GroupAuditEntry entry);

    /** @param groupId a group @return its audit rows, oldest first */
    List<GroupAuditEntry> audit(long groupId);

    /**
     * Cases that may link to a case of this city: every case whose site lies in the city.
     *
     * @param cityCode 4-digit GB/T 2260 city code
     * @return the cases
     */
    List<WageCase> casesInCity(String cityCode);

    /** @param ids case ids @return those cases that exist, by id */
    List<WageCase> cases(Collection<Long> ids);

    /**
     * Groups ranked for the inspection list and the group list: most workers first, then most owed.
     *
     * @param centres  only groups with a case of these help centres; null for all
     * @param openOnly only groups with an open case
     * @param offset   rows to skip
     * @param limit    at most this many
     * @return the groups
     */
    List<CaseGroup> ranked(Collection<String> centres, boolean openOnly, int offset, int limit);

    /**
     * A member case as the inspection list reads it (a row, not an entity).
     *
     * @param groupId            its group
     * @param caseId             the case
     * @param step               its step code
     * @param centreId           its help centre, may be null
     * @param amountOwedFen      the amount owed recorded on the case, fen, may be null
     * @param clientPaidLate     Decree 724 Art. 29 fact, may be null
     * @param illegalSubcontract Decree 724 Art. 30 fact, may be null
     */
    record MemberCase(long groupId, long caseId, String step, String centreId, Long amountOwedFen,
                      Boolean clientPaidLate, Boolean illegalSubcontract) { }

    /** @param groupIds groups (non-empty) @return their member cases, by group and case id */
    List<MemberCase> memberCases(Collection<Long> groupIds);

    /** @param groupIds groups (non-empty) @return the member cases' evidence checklists, by case id */
    Map<Long, Map<EvidenceKind, Boolean>> evidence(Collection<Long> groupIds);

    /** @param groupIds groups (non-empty) @return the member cases' contractor chains in order, by case id */
    Map<Long, List<CaseParty>> chains(Collection<Long> groupIds);
}
