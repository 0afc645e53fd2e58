package org.warmline.jobs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.warmline.core.application.WorkerFileSource;
import org.warmline.jobs.domain.JobSeekerRequest;

/** Jobs' part of a worker's file: their job-seeker requests (read only). */
@ApplicationScoped
@Transactional
public class JobSeekerFile implements WorkerFileSource {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Override
    public List<Entry> entriesFor(long workerId) {
        return em.createQuery("select j from JobSeekerRequest j where j.workerId = :w order by j.id desc",
                        JobSeekerRequest.class)
                .setParameter("w", workerId).setMaxResults(50).getResultList().stream()
                .map(j -> new Entry("jobs", "job-seeker", j.id(), j.status(),
                        j.want() + (j.trade() == null ? "" : ", " + j.trade())
                                + (j.locationCode() == null ? "" : ", " + j.locationCode()),
                        j.createdAt()))
                .toList();
    }
}
