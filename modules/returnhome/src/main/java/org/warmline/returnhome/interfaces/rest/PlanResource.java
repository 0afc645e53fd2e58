package org.warmline.returnhome.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.CentreScopes;
import org.warmline.returnhome.application.PlanningService;
import org.warmline.returnhome.application.TripService;
import org.warmline.returnhome.domain.VehicleType;

/**
 * Staff API: automatic planning ({@code /api/returnhome/plans}) — run the planner into draft trips,
 * publish or discard them; and the deadline job on demand ({@code POST /api/returnhome/deadlines/run}).
 */
@Path("/api/returnhome")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "returnhome", description = "Returning-home logistics")
@RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
public class PlanResource {

    /**
     * @param originCode    origin city code
     * @param from          first day (ISO date)
     * @param to            last day (ISO date)
     * @param vehicleType   COACH_45 (default), COACH_53 or MINIBUS_19
     * @param pickupPoint   pick-up point of the proposed trips (≤ 24 characters)
     * @param departureTime "08:00" (default), Asia/Shanghai
     * @param seconds       solver budget, 1..120 (default 10)
     */
    public record PlanInput(String originCode, String from, String to, String vehicleType, String pickupPoint,
                            String departureTime, Integer seconds) { }

    /**
     * @param planId     the plan
     * @param trips      draft trips proposed
     * @param unplanned  requests left out (party larger than a vehicle)
     * @param lowerBound lower bound in vehicles
     */
    public record PlanDto(long planId, List<TripResource.TripDto> trips, List<Long> unplanned, int lowerBound) { }

    @Inject
    PlanningService planning;

    @Inject
    TripService trips;

    @Inject
    TripResource tripViews;

    @Inject
    CentreScopes scopes;

    @Context
    SecurityContext security;

    /** @param in what to plan @return the proposal (draft trips) */
    @POST
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan waiting requests of one origin into draft trips (Timefold)")
    public PlanDto plan(PlanInput in) {
        if (in == null) {
            throw new BadRequestException("a plan needs a JSON body");
        }
        VehicleType type = null;
        if (in.vehicleType() != null) {
            try {
                type = VehicleType.valueOf(in.vehicleType());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("vehicleType must be COACH_45, COACH_53 or MINIBUS_19");
            }
        }
        LocalTime time = null;
        if (in.departureTime() != null) {
            try {
                time = LocalTime.parse(in.departureTime());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("departureTime must look like 08:00");
            }
        }
        PlanningService.PlanResult result = planning.plan(Callers.scope(security, scopes), new PlanningService.PlanCommand(
                Params.code("originCode", in.originCode()), Params.date("from", in.from()), Params.date("to", in.to()),
                type, in.pickupPoint(), time, in.seconds()));
        return new PlanDto(result.planId(), result.trips().stream().map(tripViews::dto).toList(), result.unplanned(),
                result.lowerBound());
    }

    /** @param planId a plan @return its trips, now published */
    @POST
    @Path("plans/{planId}/publish")
    @Operation(summary = "Publish every draft trip of a plan")
    public List<TripResource.TripDto> publish(@PathParam("planId") long planId) {
        return planning.publish(Callers.scope(security, scopes), planId).stream().map(tripViews::dto).toList();
    }

    /** @param planId a plan @return how many drafts were cancelled */
    @POST
    @Path("plans/{planId}/discard")
    @Operation(summary = "Discard a plan's remaining draft trips; their parties return to the pool")
    public Map<String, Integer> discard(@PathParam("planId") long planId) {
        return Map.of("cancelled", planning.discard(Callers.scope(security, scopes), planId));
    }

    /** @return what the deadline job did */
    @POST
    @Path("deadlines/run")
    @Operation(summary = "Run the deadline job now: expire unanswered offers, offer seats to the waitlist, reminders")
    public TripService.DeadlineRun runDeadlines() {
        return trips.runDeadlines();
    }
}
