package org.warmline.legalaid.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.warmline.core.domain.worker.WorkersMerged;

/** One person, one file: moves consultations and evidence files of a chat-only worker to the phone's worker ({@link WorkersMerged}). */
@ApplicationScoped
public class LegalAidWorkerMerge {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    /** @param merged the two worker ids; runs inside the merging transaction */
    void onMerged(@Observes WorkersMerged merged) {
        merged.move(em, "Consultation");
        merged.move(em, "EvidenceFile");
    }
}
