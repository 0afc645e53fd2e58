package org.warmline.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.warmline.core.domain.audit.AuditEntry;

/**
 * The audit log (owner of {@code wk_audit_entry}): every module records here who viewed a full phone
 * number and who changed which record. Written in the caller's transaction, so a change and its audit
 * line commit together.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * @param actor       staff user name
     * @param action      what was done, e.g. "phone.reveal"
     * @param subjectType kind of record, e.g. "conversation"
     * @param subjectId   the record's id
     * @param detail      more (never a full phone or a message body), may be null
     * @return the stored entry
     */
    public AuditEntry record(String actor, String action, String subjectType, String subjectId, String detail) {
        AuditEntry entry = new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, detail);
        em.persist(entry);
        return entry;
    }

    /**
     * Records a refusal: in a transaction of its own, because the refused call usually ends in an
     * exception that rolls the caller's transaction back, and the refusal must stay on record.
     *
     * @param actor       staff user name
     * @param action      what was refused, e.g. "conversation.denied"
     * @param subjectType kind of record, e.g. "conversation"
     * @param subjectId   the record's id
     * @param detail      why (never a full phone or a message body), may be null
     * @return the stored entry
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AuditEntry recordRefusal(String actor, String action, String subjectType, String subjectId, String detail) {
        return record(actor, action, subjectType, subjectId, detail);
    }

    /**
     * @param subjectType only this kind of record, or null
     * @param subjectId   only this record, or null
     * @param actor       only this actor, or null
     * @param limit       at most this many (1..1000)
     * @return entries, newest first
     */
    public List<AuditEntry> search(String subjectType, String subjectId, String actor, int limit) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> q = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> a = q.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        if (subjectType != null) {
            where.add(cb.equal(a.get("subjectType"), subjectType));
        }
        if (subjectId != null) {
            where.add(cb.equal(a.get("subjectId"), subjectId));
        }
        if (actor != null) {
            where.add(cb.equal(a.get("actor"), actor));
        }
        q.select(a).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(a.get("id")));
        return em.createQuery(q).setMaxResults(Math.max(1, Math.min(limit, 1000))).getResultList();
    }
}
