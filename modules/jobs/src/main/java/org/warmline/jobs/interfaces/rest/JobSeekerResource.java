package org.warmline.jobs.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.warmline.core.application.CentreScopes;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.jobs.application.JobSeekerService;
import org.warmline.jobs.domain.JobSeekerRequest;

/** Staff API: job seekers registered by the dialog ({@code GET /api/jobs/seekers}). */
@Path("/api/jobs/seekers")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "jobs", description = "Job referral and training")
public class JobSeekerResource {

    private static final Logger AUDIT = Logger.getLogger("org.warmline.audit");

    /**
     * A job seeker's request as job counsellors see it; the phone is masked.
     *
     * @param id            request id
     * @param text          the worker's words (render as text)
     * @param want          JOB, TRAINING or STARTUP
     * @param trade         standard trade
     * @param locationCode  GB/T 2260 code of the wanted location
     * @param availableFrom first day available
     * @param status        NEW …
     * @param phone         the worker's phone, masked
     * @param createdAt     creation time, UTC
     */
    public record JobSeekerDto(long id, String text, String want, String trade, String locationCode,
                               LocalDate availableFrom, String status, String phone, Instant createdAt) { }

    @Inject
    JobSeekerService seekers;

    @Inject
    WorkerDirectory workers;

    @Context
    SecurityContext security;

    @Inject
    CentreScopes scopes;

    /**
     * @param limitText at most this many, newest first (default 100, max 1000)
     * @return job-seeker requests
     */
    @GET
    @RolesAllowed({"JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Job-seeker requests, newest first; phones masked")
    public List<JobSeekerDto> list(@QueryParam("limit") String limitText) {
        int limit = QueryLimits.parse(limitText, 100, 1000);
        List<JobSeekerRequest> found = seekers.recent(limit,
                scopes.of(security.getUserPrincipal().getName(), security::isUserInRole));
        Map<Long, String> phones = workers.maskedPhones(found.stream().map(JobSeekerRequest::workerId).toList());
        AUDIT.info(() -> "staff " + security.getUserPrincipal().getName() + " listed " + found.size() + " job seekers");
        return found.stream().map(r -> new JobSeekerDto(r.id(), r.requestText(), r.want(), r.trade(),
                r.locationCode(), r.availableFrom(), r.status(),
                phones.get(r.workerId()), r.createdAt())).toList();
    }
}
