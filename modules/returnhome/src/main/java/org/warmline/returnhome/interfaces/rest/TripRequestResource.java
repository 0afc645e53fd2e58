package org.warmline.returnhome.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.CentreScopes;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.returnhome.application.TripRequestService;
import org.warmline.returnhome.domain.TripRequest;

/** Staff API: trip requests for coordinators ({@code /api/returnhome/requests}). */
@Path("/api/returnhome/requests")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "returnhome", description = "Returning-home logistics")
public class TripRequestResource {

    /** A place as code and name. @param code GB/T 2260 code @param name official name */
    public record PlaceDto(String code, String name) { }

    /**
     * One trip request as the API shows it; the phone is masked (personal data).
     *
     * @param id           request id
     * @param destination  home
     * @param origin       where the worker works now
     * @param travelDate   ISO-8601 date asked for
     * @param partySize    people (seats)
     * @param status       lifecycle status
     * @param phone        the worker's phone, masked (138****8000)
     * @param createdAt    creation time, UTC
     * @param earliestDate first acceptable day
     * @param latestDate   last acceptable day
     * @param tripId       the trip the party is on, or null
     * @param offerDeadline deadline of the current offer, or null
     * @param notes        special needs, or null
     * @param unreachableOffer true when the party holds a seat offer that reached nobody (opted out, or
     *                     neither phone nor chat): a coordinator must call or re-plan (issue 10, item 3)
     */
    public record TripRequestDto(long id, PlaceDto destination, PlaceDto origin, LocalDate travelDate,
                                 int partySize, String status, String phone, Instant createdAt,
                                 LocalDate earliestDate, LocalDate latestDate, Long tripId,
                                 Instant offerDeadline, String notes, boolean unreachableOffer) { }

    @Inject
    TripRequestService requests;

    @Inject
    WorkerDirectory workers;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CentreScopes scopes;

    @Context
    SecurityContext security;

    /**
     * @param status    optional status filter, one or a comma list (e.g. CONFIRMED,WAITLISTED)
     * @param origin    optional origin code prefix (2, 4 or 6 digits)
     * @param from      optional first travel date
     * @param to        optional last travel date
     * @param limitText at most this many, newest first (default 200, max 1000)
     * @return the trip requests
     * @throws BadRequestException (400) for an unknown status or a malformed parameter
     */
    @GET
    @RolesAllowed({"COORDINATOR", "OPERATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "List trip requests, newest first; phones masked")
    public List<TripRequestDto> list(@QueryParam("status") String status, @QueryParam("origin") String origin,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("limit") String limitText) {
        int limit = QueryLimits.parse(limitText, 200, 1000);
        List<TripRequest> found = requests.search(Callers.scope(security, scopes), new TripRequestService.RequestFilter(Params.code("origin", origin),
                Params.date("from", from), Params.date("to", to), Params.statuses(status)), limit);
        return dtos(found);
    }

    /**
     * Records that the worker cancelled (e.g. on the phone): the party's seats are released.
     *
     * @param id the request
     * @return the request, CANCELLED
     */
    @POST
    @Path("{id}/cancel")
    @RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Cancel a request on the worker's behalf; 409 if its status does not allow it")
    public TripRequestDto cancel(@PathParam("id") long id) {
        return dtos(List.of(requests.cancelByWorker(Callers.scope(security, scopes), id))).get(0);
    }

    /**
     * Puts a confirmed request without a trip on the waitlist.
     *
     * @param id the request
     * @return the request, WAITLISTED
     */
    @POST
    @Path("{id}/waitlist")
    @RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Waitlist a confirmed request without a trip")
    public TripRequestDto waitlist(@PathParam("id") long id) {
        return dtos(List.of(requests.waitlist(Callers.scope(security, scopes), id))).get(0);
    }

    /** @param found requests @return their DTOs with masked phones and place names */
    List<TripRequestDto> dtos(List<TripRequest> found) {
        Map<Long, String> phones = workers.maskedPhones(found.stream().map(TripRequest::workerId).toList());
        return found.stream().map(r -> new TripRequestDto(r.id(), place(r.destinationCode()),
                place(r.originCode()), r.travelDate(), r.partySize(), r.status().name(),
                phones.get(r.workerId()),
                r.createdAt(), r.earliestDate(), r.latestDate(), r.tripId(), r.offerDeadline(), r.notes(),
                r.unreachableOffer())).toList();
    }

    private PlaceDto place(String code) {
        return new PlaceDto(code, gazetteer.byCode(code).map(Place::name).orElse(null));
    }
}
