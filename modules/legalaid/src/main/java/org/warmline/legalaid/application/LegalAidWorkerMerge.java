package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.warmline.core.domain.worker.WorkersMerged;

/**
 * One person, one file: moves consultations, evidence files and cases (as lead worker and as claimant) of a chat-only worker to
 * the phone's worker ({@link WorkersMerged}).
 */
@ApplicationScoped
public class LegalAidWorkerMerge {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    /** @param merged the two worker ids; runs inside the merging transaction */
    void onMerged(@Observes WorkersMerged merged) {
        merged.move(em, "Consultation");
        merged.move(em, "EvidenceFile");
        em.createQuery("update WageCase c set c.leadWorkerId = :into where c.leadWorkerId = :from")
                .setParameter("into", merged.intoWorkerId()).setParameter("from", merged.fromWorkerId()).executeUpdate();
        // claimants are an element collection of WageCase (table la_case_claimant, owned by this module)
        em.createNativeQuery("update la_case_claimant set worker_id = ? where worker_id = ?")
                .setParameter(1, merged.intoWorkerId()).setParameter(2, merged.fromWorkerId()).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(org.warmline.legalaid.domain.WageCase.class);
    }
}
