package org.warmline.legalaid.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.domain.refusal.InvalidInput;
import org.warmline.core.infrastructure.export.TableExport;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.legalaid.application.CaseAccess;
import org.warmline.legalaid.application.InspectionListService;

/**
 * Staff API: the list for the wage-payment inspection ({@code GET /api/legalaid/inspection-list}; issue 12
 * point 5) as JSON, or as CSV or XLSX with {@code ?format=csv|xlsx} (or {@code Accept: text/csv} / the XLSX
 * type); {@code ?lang=en} for English headers. Access is {@link CaseAccess}'s; each read is audited.
 */
@Path("/api/legalaid/inspection-list")
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
public class InspectionListResource {

    @Inject
    InspectionListService list;

    @Context
    SecurityContext security;

    /**
     * @param format    json (default), csv or xlsx
     * @param accept    the Accept header, used when no format is given
     * @param lang      "en" for English headers in exports
     * @param limitText at most this many rows (default 200, max 2000)
     * @return the ranked list
     */
    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", TableExport.XLSX})
    @Operation(summary = "Employers and projects for the wage inspection, ranked by workers then amount owed")
    public Response get(@QueryParam("format") String format, @HeaderParam(HttpHeaders.ACCEPT) String accept,
                        @QueryParam("lang") String lang, @QueryParam("limit") String limitText) {
        String f = format == null || format.isBlank() ? fromAccept(accept) : format.strip().toLowerCase();
        int limit = QueryLimits.parse(limitText, 200, InspectionListService.MAX_LIMIT);
        CaseAccess.Caller caller = new CaseAccess.Caller(security.getUserPrincipal().getName(), security::isUserInRole);
        boolean english = "en".equalsIgnoreCase(lang);
        switch (f) {
            case "json" -> {
                return Response.ok(list.list(caller, limit), MediaType.APPLICATION_JSON).build();
            }
            case "csv" -> {
                List<InspectionListService.Row> rows = list.list(caller, limit);
                return download(list.table(rows, english).csv(), TableExport.CSV, "inspection-list.csv");
            }
            case "xlsx" -> {
                List<InspectionListService.Row> rows = list.list(caller, limit);
                return download(list.table(rows, english).xlsx(list.sheetName(english)), TableExport.XLSX,
                        "inspection-list.xlsx");
            }
            default -> throw new InvalidInput(Map.of("format", "json, csv or xlsx"));
        }
    }

    private static String fromAccept(String accept) {
        if (accept == null) {
            return "json";
        }
        if (accept.contains("text/csv")) {
            return "csv";
        }
        return accept.contains("spreadsheetml") ? "xlsx" : "json";
    }

    private static Response download(byte[] body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
