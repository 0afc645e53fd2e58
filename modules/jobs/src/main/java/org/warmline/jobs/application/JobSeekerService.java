package org.warmline.jobs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.warmline.jobs.api.JobsIntake;
import org.warmline.jobs.domain.JobSeekerRequest;

/** Registers job seekers from the dialog; the owner of {@code jr_} tables. */
@ApplicationScoped
@Transactional
public class JobSeekerService implements JobsIntake {

    @PersistenceContext(unitName = "warmline")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public long registerJobSeeker(long workerId, String conversationRef, String text) {
        JobSeekerRequest request = new JobSeekerRequest(workerId, conversationRef, text, clock.instant());
        em.persist(request);
        em.flush();
        return request.id();
    }
}
