package org.warmline.legalaid.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.domain.refusal.NotFound;
import org.warmline.legalaid.application.CaseAccess;
import org.warmline.legalaid.application.DocumentService;
import org.warmline.legalaid.domain.document.LegalDocument;
import org.warmline.legalaid.infrastructure.pdf.DocumentPage;
import org.warmline.legalaid.infrastructure.pdf.PdfRenderer;

/**
 * A case's documents (issue 12, point 8): {@code GET /api/legalaid/cases/{id}/documents/arbitration-application}
 * and {@code .../inspection-complaint}, as a printable HTML page (default) or {@code ?format=pdf}; Chinese, or
 * English with {@code ?lang=en}; phones masked unless {@code ?reveal=<reason>} (audited). Access as every case
 * read ({@link CaseAccess}): other staff get 403 problem+json ({@code case.forbidden}), audited.
 */
// the longest literal root path: wins over a cases resource at /api/legalaid or /api/legalaid/cases
@Path("/api/legalaid/cases/{id: \\d+}/documents")
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
// every staff role reaches the method, so that CaseAccess refuses (and audits) the ones without a case role
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
public class DocumentsResource {

    /** The refusal code of a document name or format this resource does not make. */
    public static final String UNKNOWN = "document.unknown";

    private static final Map<String, DocumentService.Kind> KINDS = Map.of(
            "arbitration-application", DocumentService.Kind.ARBITRATION_APPLICATION,
            "inspection-complaint", DocumentService.Kind.INSPECTION_COMPLAINT);

    @Inject
    DocumentService documents;

    @Context
    SecurityContext security;

    /**
     * @param id     the case
     * @param name   arbitration-application or inspection-complaint
     * @param format html (default) or pdf
     * @param lang   zh (default) or en
     * @param reveal a reason to show phones in full (audited as phone.reveal), or absent
     * @return 200 text/html or application/pdf; 404 for an unknown case or document; 403 for a caller without
     *         access; 422 for another format or a reason over 200 characters
     */
    @GET
    @Path("{name: [a-z-]+}")
    @Produces({"text/html", "application/pdf"})
    @Operation(summary = "A case's arbitration application or inspection complaint, as a printable page or PDF")
    public Response document(@PathParam("id") long id, @PathParam("name") String name,
                             @QueryParam("format") String format, @QueryParam("lang") String lang,
                             @QueryParam("reveal") String reveal) {
        DocumentService.Kind kind = KINDS.get(name);
        if (kind == null) {
            throw new NotFound(UNKNOWN, "no document " + name + " (arbitration-application, inspection-complaint)");
        }
        boolean pdf = "pdf".equals(format);
        if (!pdf && format != null && !format.isBlank() && !"html".equals(format)) {
            throw new InvalidInput(UNKNOWN, "format must be html or pdf", Map.of("format", "html or pdf"));
        }
        String language = "en".equals(lang) ? "en" : "zh";
        CaseAccess.Caller caller = new CaseAccess.Caller(security.getUserPrincipal().getName(), security::isUserInRole);
        LegalDocument doc = documents.document(caller, id, kind, language, reveal);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true); // personal data: not kept by the browser or a proxy
        if (pdf) {
            return Response.ok(PdfRenderer.render(doc), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"" + name + "-" + id + ".pdf\"")
                    .cacheControl(noStore).build();
        }
        String print = "en".equals(language) ? "Print" : "打印";
        return Response.ok(DocumentPage.render(doc, false, print).getBytes(StandardCharsets.UTF_8), "text/html; charset=UTF-8")
                .cacheControl(noStore).build();
    }

    /**
     * The pages link it relatively, so it sits beside them.
     *
     * @return the documents' style sheet (the same one the PDF uses)
     */
    @GET
    @Path("document.css")
    @Produces("text/css")
    @Operation(summary = "The style sheet of the printable case documents")
    public Response css() {
        return Response.ok(DocumentPage.CSS, "text/css; charset=UTF-8").build();
    }
}
