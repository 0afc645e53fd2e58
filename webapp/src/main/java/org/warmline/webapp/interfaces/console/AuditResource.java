package org.warmline.webapp.interfaces.console;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.AuditLog;
import org.warmline.core.interfaces.rest.QueryLimits;

/** The audit log for supervisors ({@code GET /api/audit}): who viewed a full phone, who changed what. */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"SUPERVISOR", "ADMIN"})
@Tag(name = "audit", description = "Audit log")
public class AuditResource {

    /**
     * @param id          entry id
     * @param at          when
     * @param actor       staff user
     * @param action      what
     * @param subjectType kind of record
     * @param subjectId   record id
     * @param detail      more
     */
    public record AuditDto(long id, Instant at, String actor, String action, String subjectType, String subjectId,
                           String detail) { }

    @Inject
    AuditLog audit;

    /**
     * @param subjectType e.g. conversation, staff-user
     * @param subjectId   a record id
     * @param actor       a staff user name
     * @param limit       at most this many (default 200, max 1000)
     * @return entries, newest first
     */
    @GET
    @Operation(summary = "Audit log entries, newest first (supervisors)")
    public List<AuditDto> search(@QueryParam("subjectType") String subjectType, @QueryParam("subjectId") String subjectId,
                                 @QueryParam("actor") String actor, @QueryParam("limit") String limit) {
        return audit.search(empty(subjectType), empty(subjectId), empty(actor), QueryLimits.parse(limit, 200, 1000))
                .stream().map(a -> new AuditDto(a.id(), a.at(), a.actor(), a.action(), a.subjectType(), a.subjectId(),
                        a.detail())).toList();
    }

    private static String empty(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
