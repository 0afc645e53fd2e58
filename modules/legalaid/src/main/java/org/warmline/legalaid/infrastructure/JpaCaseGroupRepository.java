package org.warmline.legalaid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warmline.legalaid.domain.CaseParty;
import org.warmline.legalaid.domain.EvidenceKind;
import org.warmline.legalaid.domain.PartyRole;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.group.CaseGroup;
import org.warmline.legalaid.domain.group.CaseGroupRepository;
import org.warmline.legalaid.domain.group.GroupAuditEntry;
import org.warmline.legalaid.domain.group.GroupMember;

/** {@link CaseGroupRepository} over JPA (JPQL); runs in the caller's transaction. */
@ApplicationScoped
public class JpaCaseGroupRepository implements CaseGroupRepository {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public Optional<CaseGroup> find(long id) {
        return Optional.ofNullable(em.find(CaseGroup.class, id));
    }

    @Override
    public void add(CaseGroup group) {
        em.persist(group);
        em.flush();
    }

    @Override
    public void remove(CaseGroup group) {
        em.remove(group);
    }

    @Override
    public Optional<GroupMember> memberOf(long caseId) {
        return Optional.ofNullable(em.find(GroupMember.class, caseId));
    }

    @Override
    public List<GroupMember> membersOf(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from GroupMember m where m.caseId in :ids", GroupMember.class)
                .setParameter("ids", caseIds).getResultList();
    }

    @Override
    public List<GroupMember> members(long groupId) {
        return em.createQuery("select m from GroupMember m where m.groupId = :g order by m.caseId", GroupMember.class)
                .setParameter("g", groupId).getResultList();
    }

    @Override
    public void addMember(GroupMember member) {
        em.persist(member);
    }

    @Override
    public void append(GroupAuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<GroupAuditEntry> audit(long groupId) {
        return em.createQuery("select a from GroupAuditEntry a where a.groupId = :g or a.otherGroupId = :g"
                        + " order by a.at, a.id", GroupAuditEntry.class)
                .setParameter("g", groupId).getResultList();
    }

    @Override
    public List<WageCase> casesInCity(String cityCode) {
        return em.createQuery("select c from WageCase c where c.siteCode like :city order by c.id", WageCase.class)
                .setParameter("city", cityCode + "%").getResultList();
    }

    @Override
    public List<WageCase> cases(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from WageCase c where c.id in :ids order by c.id", WageCase.class)
                .setParameter("ids", ids).getResultList();
    }

    @Override
    public List<CaseGroup> ranked(Collection<String> centres, boolean openOnly, int offset, int limit) {
        StringBuilder q = new StringBuilder("select g from CaseGroup g where 1 = 1");
        if (openOnly) {
            q.append(" and g.openCases > 0");
        }
        if (centres != null) {
            q.append(centres.isEmpty() ? " and 1 = 0" : " and exists (select m from GroupMember m, WageCase c"
                    + " where m.groupId = g.id and c.id = m.caseId and c.centreId in :centres)");
        }
        q.append(" order by g.workers desc, g.owedFen desc, g.id");
        TypedQuery<CaseGroup> query = em.createQuery(q.toString(), CaseGroup.class);
        if (centres != null && !centres.isEmpty()) {
            query.setParameter("centres", centres);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public List<MemberCase> memberCases(Collection<Long> groupIds) {
        List<MemberCase> out = new ArrayList<>();
        for (Object o : em.createNativeQuery(InspectionListQueries.cases(groupIds)).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new MemberCase(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], r[4] == null ? null : ((Number) r[4]).longValue(), (Boolean) r[5], (Boolean) r[6]));
        }
        return out;
    }

    @Override
    public Map<Long, Map<EvidenceKind, Boolean>> evidence(Collection<Long> groupIds) {
        Map<Long, Map<EvidenceKind, Boolean>> out = new HashMap<>();
        for (Object o : em.createNativeQuery(InspectionListQueries.evidence(groupIds)).getResultList()) {
            Object[] r = (Object[]) o;
            EvidenceKind.parse((String) r[1]).ifPresent(kind -> out.computeIfAbsent(((Number) r[0]).longValue(),
                    k -> new EnumMap<>(EvidenceKind.class)).put(kind, Boolean.TRUE.equals(r[2])));
        }
        return out;
    }

    @Override
    public Map<Long, List<CaseParty>> chains(Collection<Long> groupIds) {
        Map<Long, List<CaseParty>> out = new HashMap<>();
        for (Object o : em.createNativeQuery(InspectionListQueries.parties(groupIds)).getResultList()) {
            Object[] r = (Object[]) o;
            out.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                    .add(new CaseParty(PartyRole.valueOf((String) r[2]), (String) r[3]));
        }
        return out;
    }
}
