package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.legalaid.domain.Consultation;

/** Legal aid's part of a worker's file: their consultations (read only). */
@ApplicationScoped
@Transactional
public class ConsultationFile implements WorkerFileSource {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public List<Entry> entriesFor(long workerId) {
        return em.createQuery("select c from Consultation c where c.workerId = :w order by c.id desc", Consultation.class)
                .setParameter("w", workerId).setMaxResults(50).getResultList().stream()
                .map(c -> new Entry("legalaid", "consultation", c.id(), c.status(),
                        c.topic() + (c.monthsUnpaid() == null ? "" : ", " + c.monthsUnpaid() + " months")
                                + (c.amountFen() == null ? "" : ", " + (c.amountFen() / 100) + " yuan")
                                + (c.urgent() ? ", urgent" : ""),
                        c.createdAt()))
                .toList();
    }
}
