package org.warmline.legalaid.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.legalaid.application.CaseAccess;
import org.warmline.legalaid.application.EvidenceService;
import org.warmline.legalaid.domain.evidence.EvidenceFile;

/**
 * Staff download of an evidence file a worker sent ({@code GET /api/legalaid/files/{id}}, issue 12 point 6):
 * the bytes with the type read from them, as an attachment that the browser neither renders in the console's
 * origin nor sniffs ({@code X-Content-Type-Options: nosniff}). Access as the file's case ({@link CaseAccess}:
 * LEGAL_AID, supervisors of the case's centre, admins; anyone else 403, audited); every download is audited.
 */
@Path("/api/legalaid/files")
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @Context
    SecurityContext security;

    /**
     * @param id file id
     * @return 200 with the bytes, {@code Content-Type} as stored, {@code Content-Disposition: attachment}
     *         with the file's name; 404 problem ({@code evidence.not-found}); 403 problem ({@code case.forbidden})
     */
    @GET
    @Path("{id}")
    @Produces({MediaType.WILDCARD, "application/problem+json"})
    @Operation(summary = "Download an evidence file (attachment, type as read from its bytes); audited")
    public Response download(@PathParam("id") long id) {
        EvidenceFile file = evidence.download(caller(), id);
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        cache.setPrivate(true);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", disposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Content-Length", file.sizeBytes())
                .cacheControl(cache)
                .build();
    }

    /**
     * @param name the file's display name (may hold Chinese)
     * @return {@code attachment; filename="<ASCII stand-in>"; filename*=UTF-8''<percent-encoded name>} (RFC 6266)
     */
    static String disposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private CaseAccess.Caller caller() {
        return new CaseAccess.Caller(security.getUserPrincipal().getName(), security::isUserInRole);
    }
}
