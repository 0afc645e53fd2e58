package org.warmline.returnhome.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.CentreScopes;
import org.warmline.returnhome.application.DemandBoardService;
import org.warmline.returnhome.application.TripRequestService;
import org.warmline.returnhome.domain.TripRequestStatus;
import org.warmline.core.infrastructure.export.TableExport;

/**
 * Staff API: the demand board ({@code /api/returnhome/board}) — requests grouped by destination and
 * travel date with counts of people, a chart series per destination province, and CSV/XLSX exports.
 * Filters: {@code origin} (code prefix), {@code from}, {@code to} (travel dates), {@code status}
 * (comma list; default: requests waiting for a seat, CONFIRMED and WAITLISTED). Counts only, no
 * personal data.
 */
@Path("/api/returnhome/board")
@RequestScoped
@Tag(name = "returnhome", description = "Returning-home logistics")
@RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
public class DemandBoardResource {

    @Inject
    DemandBoardService board;

    @Inject
    CentreScopes scopes;

    @Context
    SecurityContext security;

    /** @return the board as JSON */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Demand board: people per destination and date, chart series per province")
    public DemandBoardService.Board json(@QueryParam("origin") String origin, @QueryParam("from") String from,
                                         @QueryParam("to") String to, @QueryParam("status") String status) {
        return board(origin, from, to, status);
    }

    /** @param lang "en" for English headers, Chinese otherwise @return the board rows as CSV */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Demand board as CSV")
    public Response csv(@QueryParam("origin") String origin, @QueryParam("from") String from,
                        @QueryParam("to") String to, @QueryParam("status") String status,
                        @QueryParam("lang") String lang) {
        ManifestPage page = new ManifestPage(ManifestPage.english(lang, List.of()));
        return TripResource.download(page.boardTable(board(origin, from, to, status)).csv(), TableExport.CSV,
                "demand-board.csv");
    }

    /** @param lang "en" for English headers and sheet name, Chinese otherwise @return the board rows as XLSX */
    @GET
    @Path("export.xlsx")
    @Produces(TableExport.XLSX)
    @Operation(summary = "Demand board as XLSX")
    public Response xlsx(@QueryParam("origin") String origin, @QueryParam("from") String from,
                         @QueryParam("to") String to, @QueryParam("status") String status,
                         @QueryParam("lang") String lang) {
        ManifestPage page = new ManifestPage(ManifestPage.english(lang, List.of()));
        return TripResource.download(page.boardTable(board(origin, from, to, status)).xlsx(page.boardSheetName()),
                TableExport.XLSX, "demand-board.xlsx");
    }

    /** @return the board of the requests the caller's help centre serves (all for supervisors and admins) */
    private DemandBoardService.Board board(String origin, String from, String to, String status) {
        return board.board(Callers.scope(security, scopes), filter(origin, from, to, status));
    }

    private static TripRequestService.RequestFilter filter(String origin, String from, String to, String status) {
        List<TripRequestStatus> statuses = Params.statuses(status);
        if (statuses.isEmpty()) {
            statuses = List.of(TripRequestStatus.CONFIRMED, TripRequestStatus.WAITLISTED);
        }
        return new TripRequestService.RequestFilter(Params.code("origin", origin), Params.date("from", from),
                Params.date("to", to), statuses);
    }
}
