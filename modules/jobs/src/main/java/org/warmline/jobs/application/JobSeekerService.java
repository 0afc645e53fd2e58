package org.warmline.jobs.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.warmline.jobs.api.JobSeekerIntake;
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
    public long registerJobSeeker(JobSeekerIntake intake) {
        JobSeekerRequest request = new JobSeekerRequest(intake.workerId(), intake.conversationRef(), intake.text(),
                clock.instant());
        request.describe(intake.want(), intake.trade(), intake.locationCode(), intake.availableFrom());
        em.persist(request);
        em.flush();
        return request.id();
    }

    /**
     * @param limit at most this many, newest first
     * @param scope the caller's help-centre scope: a centre sees the job-seeker requests whose place of work it serves
     *              (those without one go to the default centre); supervisors and admins see all
     * @return job-seeker requests
     */
    public java.util.List<JobSeekerRequest> recent(int limit, org.warmline.core.domain.centre.CentreScope scope) {
        return org.warmline.core.application.CentreScopes.newestInScope(em, JobSeekerRequest.class, scope, "locationCode", limit);
    }
}
