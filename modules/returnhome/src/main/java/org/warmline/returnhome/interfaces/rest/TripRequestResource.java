package org.warmline.returnhome.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.CentreScopes;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.place.PlaceResolution;
import org.warmline.core.interfaces.rest.ConstraintViolationMapper;
import org.warmline.core.interfaces.rest.ConstraintViolationMapper.Unprocessable;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.returnhome.application.InvalidChangeProblem;
import org.warmline.returnhome.application.TripRequestChanges;
import org.warmline.returnhome.application.TripRequestService;
import org.warmline.returnhome.application.TripService;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestChange;

/** Staff API: trip requests for coordinators ({@code /api/returnhome/requests}). */
@Path("/api/returnhome/requests")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "returnhome", description = "Returning-home logistics")
public class TripRequestResource {

    /**
     * A place as code, name and label.
     *
     * @param code  GB/T 2260 code
     * @param name  official name (萧山区), null for an unknown code
     * @param label the place with its province and city as staff read it ("浙江 杭州 萧山区"), null for an unknown code
     */
    public record PlaceDto(String code, String name, String label) {

        /**
         * @param gazetteer the place list
         * @param code      a code
         * @return the place's code, official name and Chinese label (names null for an unknown code)
         */
        public static PlaceDto of(Gazetteer gazetteer, String code) {
            return gazetteer.byCode(code).map(p -> new PlaceDto(code, p.name(), gazetteer.label(p, false)))
                    .orElse(new PlaceDto(code, null, null));
        }
    }

    /** @param name the passenger's name as given (at most 40 characters); blank clears it */
    public record NameInput(String name) { }

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
    TripRequestChanges changes;

    @Inject
    TripService trips;

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
     * A change of a request by staff (issue 10, point 4): exactly one of party size, travel date and
     * destination. A validated form class, not a record (see {@link ConstraintViolationMapper}); a value a rule
     * refuses answers 422 {@code validation.fields} naming the field. The reason is checked by the service, after
     * the centre check, so another centre's request answers 403 (audited) whatever the body says.
     */
    public static class ChangeInput {
        /** The new party size, 1..60, or null. */
        @Min(value = 1, message = PARTY_SIZE, payload = Unprocessable.class)
        @Max(value = 60, message = PARTY_SIZE, payload = Unprocessable.class)
        public Integer partySize;
        /** The new travel day (ISO date, Asia/Shanghai), or null. */
        @Pattern(regexp = "\\s*(\\d{4}-\\d{2}-\\d{2})?\\s*", message = TRAVEL_DATE, payload = Unprocessable.class)
        public String travelDate;
        /** The new destination: a GB/T 2260 code or a place name the gazetteer knows, or null. */
        public String destination;
        /** Why (required, at most 500 characters; kept in the audit log). */
        public String reason;
        /** Whether the reason goes into the worker's notice (default true); the worker is told of the change either way. */
        public Boolean tellWorker;
    }

    /** A cancellation by staff (a form class like {@link ChangeInput}; the service checks the reason). */
    public static class CancelInput {
        /** Why (required, at most 500 characters; kept in the audit log). */
        public String reason;
        /** Whether the reason goes into the worker's notice (default true). */
        public Boolean tellWorker;
    }

    private static final String PARTY_SIZE = "party size must be 1..60";
    private static final String TRAVEL_DATE = "travelDate must be an ISO date like 2027-01-30";

    /**
     * Cancels a request on the worker's behalf (e.g. they called): the party's seats are released, the
     * worker is told, the audit log keeps the reason.
     *
     * @param id    the request
     * @param input the reason (required)
     * @return the request, CANCELLED
     */
    @POST
    @Path("{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COORDINATOR", "OPERATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Cancel a request on the worker's behalf, with a reason (422 without); the worker is"
            + " told; 409 if its status or trip does not allow it; 403 for another centre's; audited")
    public TripRequestDto cancel(@PathParam("id") long id, CancelInput input) {
        CancelInput in = input == null ? new CancelInput() : input;
        return changed(id, TripRequestChange.cancel(), in.reason, in.tellWorker);
    }

    /**
     * Changes the party size, travel day or destination of a confirmed or waiting request on the worker's
     * behalf. A party that no longer fits its trip leaves it (a published trip's seats go to the waitlist,
     * and so does the party); a bigger party that does not fit its published trip is refused (409).
     *
     * @param id    the request
     * @param input exactly one new value and a reason
     * @return the request after the change
     */
    @POST
    @Path("{id}/change")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COORDINATOR", "OPERATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Change party size, travel date or destination on the worker's behalf, with a reason"
            + " (422 without, or for a past day); the worker is told; 409 when the trip's rules forbid it; audited")
    public TripRequestDto change(@PathParam("id") long id, @Valid ChangeInput input) {
        ChangeInput in = input == null ? new ChangeInput() : input;
        return changed(id, changeOf(in), in.reason, in.tellWorker);
    }

    /** Makes a staff change as the caller; the reason goes to the worker unless {@code tellWorker} is false. */
    private TripRequestDto changed(long id, TripRequestChange change, String reason, Boolean tellWorker) {
        return dtos(List.of(changes.change(Callers.scope(security, scopes), id, change, reason,
                tellWorker == null || tellWorker))).get(0);
    }

    /**
     * @param in a change Bean Validation passed (party size 1..60, a date of ISO form)
     * @throws InvalidChangeProblem (422) unless exactly one value is given and it names a day or a place
     */
    private TripRequestChange changeOf(ChangeInput in) {
        boolean date = in.travelDate != null && !in.travelDate.isBlank();
        boolean place = in.destination != null && !in.destination.isBlank();
        int given = (in.partySize != null ? 1 : 0) + (date ? 1 : 0) + (place ? 1 : 0);
        if (given != 1) {
            throw new InvalidChangeProblem("change", "give exactly one of partySize, travelDate, destination");
        }
        if (in.partySize != null) {
            return TripRequestChange.partySize(in.partySize);
        }
        if (date) {
            try {
                return TripRequestChange.travelDate(LocalDate.parse(in.travelDate.strip()));
            } catch (DateTimeParseException e) { // 2027-02-30: of ISO form, but no day
                throw new InvalidChangeProblem("travelDate", TRAVEL_DATE);
            }
        }
        String said = in.destination.strip();
        if (Place.isCode(said)) {
            if (gazetteer.byCode(said).isEmpty()) {
                throw new InvalidChangeProblem("destination", "no place has the code " + said);
            }
            return TripRequestChange.destination(said);
        }
        if (gazetteer.resolve(said) instanceof PlaceResolution.Found found) {
            return TripRequestChange.destination(found.place().code());
        }
        throw new InvalidChangeProblem("destination", "the destination is not one place the gazetteer knows;"
                + " give a GB/T 2260 code or a fuller name");
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

    /**
     * Records the passenger's name for the driver's manifest (the dialog does not ask for one); audited,
     * shown in full only on a revealed manifest.
     *
     * @param id    the request
     * @param input the name
     * @return the request
     */
    @PUT
    @Path("{id}/passenger-name")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "Set the passenger's name for the manifest (at most 40 characters; blank clears it); audited")
    public TripRequestDto name(@PathParam("id") long id, NameInput input) {
        return dtos(List.of(trips.namePassenger(Callers.scope(security, scopes), id, input == null ? null : input.name())))
                .get(0);
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
        return PlaceDto.of(gazetteer, code);
    }
}
