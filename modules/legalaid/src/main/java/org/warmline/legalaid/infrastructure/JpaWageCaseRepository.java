package org.warmline.legalaid.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.warmline.legalaid.domain.CaseEvent;
import org.warmline.legalaid.domain.CaseNote;
import org.warmline.legalaid.domain.CaseStep;
import org.warmline.legalaid.domain.ScreeningEntry;
import org.warmline.legalaid.domain.WageCase;
import org.warmline.legalaid.domain.WageCaseRepository;

/** {@link WageCaseRepository} over JPA (JPQL); runs in the caller's transaction. */
@ApplicationScoped
public class JpaWageCaseRepository implements WageCaseRepository {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public Optional<WageCase> find(long id) {
        return Optional.ofNullable(em.find(WageCase.class, id));
    }

    @Override
    public void add(WageCase wageCase) {
        em.persist(wageCase);
        em.flush();
    }

    @Override
    public void append(Object row) {
        em.persist(row);
    }

    @Override
    public List<WageCase> ofWorker(long workerId) {
        return em.createQuery("select distinct c from WageCase c left join c.claimants cl"
                        + " where c.leadWorkerId = :w or cl.workerId = :w order by c.id", WageCase.class)
                .setParameter("w", workerId).getResultList();
    }

    @Override
    public List<WageCase> queue(CaseStep step, Collection<String> centres, int limit) {
        StringBuilder q = new StringBuilder("select c from WageCase c where 1 = 1");
        if (step != null) {
            q.append(" and c.step = :step");
        }
        if (centres != null) {
            q.append(centres.isEmpty() ? " and 1 = 0" : " and c.centreId in :centres");
        }
        TypedQuery<WageCase> query = em.createQuery(q.append(" order by c.id").toString(), WageCase.class);
        if (step != null) {
            query.setParameter("step", step);
        }
        if (centres != null && !centres.isEmpty()) {
            query.setParameter("centres", List.copyOf(centres));
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public List<CaseEvent> timeline(long caseId) {
        return em.createQuery("select e from CaseEvent e where e.caseId = :c order by e.at, e.id", CaseEvent.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseNote> notes(long caseId) {
        return em.createQuery("select n from CaseNote n where n.caseId = :c order by n.at, n.id", CaseNote.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public String consultationWords(long consultationId) {
        org.warmline.legalaid.domain.Consultation c = em.find(org.warmline.legalaid.domain.Consultation.class, consultationId);
        return c == null ? null : c.description();
    }

    @Override
    public List<ScreeningEntry> screening(long caseId) {
        return em.createQuery("select s from ScreeningEntry s where s.caseId = :c order by s.at, s.id",
                ScreeningEntry.class).setParameter("c", caseId).getResultList();
    }
}
