package org.warmline.legalaid.interfaces.rest;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.legalaid.application.CaseAccess;
import org.warmline.legalaid.application.DashboardFigures;
import org.warmline.legalaid.application.LegalAidDashboardService;

/**
 * The legal-aid figures (issue 12, point 9): {@code GET /api/legalaid/dashboard?centre=} — open cases by step,
 * deadlines this week, workers helped, amounts owed / recovered / confirmed received (fen), and the season
 * week by week. Without {@code centre}: every centre the caller sees (HQ: all). Access as case reads
 * ({@link CaseAccess}): coordinators and other staff get 403 problem+json ({@code case.forbidden}), audited.
 */
@Path("/api/legalaid/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "legalaid", description = "Legal consultations and wage-arrears cases")
@RolesAllowed({"OPERATOR", "COORDINATOR", "LEGAL_AID", "JOB_COUNSELOR", "SUPERVISOR", "ADMIN"})
public class LegalAidDashboardResource {

    /**
     * The figures as the page reads them.
     *
     * @param centre            the centre asked for, or null for all the caller sees
     * @param centres           centres the caller may choose; code "" is every centre (HQ)
     * @param openCases         open cases
     * @param openByStep        open cases per step (INTAKE … COURT)
     * @param deadlinesThisWeek open cases whose nearest deadline is within 7 days
     * @param deadlinesKnown    false while no deadline source is installed
     * @param workersHelped     distinct workers among the claimants
     * @param owedFen           wages owed, fen
     * @param recoveredFen      recovered, fen
     * @param receivedFen       confirmed received by workers, fen
     * @param season            one entry per week of the season
     */
    public record DashboardDto(String centre, List<LegalAidDashboardService.CentreChoice> centres, int openCases,
                               Map<String, Integer> openByStep, int deadlinesThisWeek, boolean deadlinesKnown,
                               int workersHelped, long owedFen, long recoveredFen, long receivedFen,
                               List<WeekDto> season) { }

    /**
     * @param weekStart    the week's Monday
     * @param opened       cases opened that week
     * @param owedFen      owed in cases opened that week, fen
     * @param recoveredFen recovered in cases closed that week, fen
     * @param receivedFen  confirmed received that week, fen
     */
    public record WeekDto(LocalDate weekStart, int opened, long owedFen, long recoveredFen, long receivedFen) { }

    @Inject
    LegalAidDashboardService dashboard;

    @Context
    SecurityContext security;

    /**
     * @param centre a help centre's code, or absent for every centre the caller sees
     * @return the figures; 403 for a caller without a case role or a centre outside their scope; 404 for an
     *         unknown centre
     */
    @GET
    @Operation(summary = "Legal-aid figures per centre or for HQ, with the season week by week")
    public DashboardDto get(@QueryParam("centre") String centre) {
        LegalAidDashboardService.Dashboard d = dashboard.dashboard(
                new CaseAccess.Caller(security.getUserPrincipal().getName(), security::isUserInRole), centre);
        DashboardFigures.Figures f = d.figures();
        return new DashboardDto(d.centre(), d.centres(), f.openCases(), f.openByStep(), f.deadlinesThisWeek(),
                d.deadlinesKnown(), f.workersHelped(), f.owedFen(), f.recoveredFen(), f.receivedFen(),
                f.season().stream().map(w -> new WeekDto(w.weekStart(), w.opened(), w.owedFen(), w.recoveredFen(),
                        w.receivedFen())).toList());
    }
}
