package org.warmline.legalaid.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.legalaid.application.CaseAccess;
import org.warmline.legalaid.application.EvidenceService;

/**
 * The evidence files of a case ({@code GET /api/legalaid/cases/{id}/files}, issue 12 points 6 and 7): what the
 * worker sent by chat or MMS, newest last, without the bytes (download: {@link EvidenceResource}). Access as
 * the case ({@link CaseAccess}; others 403, audited); the read is audited.
 */
@Path("/api/legalaid/cases/{caseId}/files")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
public class CaseFilesResource {

    /**
     * A file as the case view lists it.
     *
     * @param id          file id
     * @param name        display name (the sender's name with the real type's extension; render as text)
     * @param kind        PHOTO or DOCUMENT
     * @param contentType the type read from the bytes (image/jpeg, image/png, image/webp, image/heic, application/pdf)
     * @param size        bytes
     * @param sha256      lower-case hex SHA-256 of the bytes
     * @param channel     SMS or CHAT
     * @param receivedAt  when it arrived, UTC
     * @param download    the download path
     */
    public record FileDto(long id, String name, String kind, String contentType, long size, String sha256,
                          String channel, Instant receivedAt, String download) { }

    @Inject
    EvidenceService evidence;

    @Context
    SecurityContext security;

    /**
     * @param caseId case id
     * @return its files, oldest first; 404 problem ({@code case.not-found}); 403 problem ({@code case.forbidden})
     */
    @GET
    @Operation(summary = "Evidence files a worker sent for a case (photos, PDF), oldest first; audited")
    public List<FileDto> list(@PathParam("caseId") long caseId) {
        return evidence.filesOf(new CaseAccess.Caller(security.getUserPrincipal().getName(), security::isUserInRole),
                caseId).stream().map(f -> new FileDto(f.id(), f.name(), f.kind(), f.contentType(), f.size(), f.sha256(),
                f.channel(), f.receivedAt(), "/api/legalaid/files/" + f.id())).toList();
    }
}
