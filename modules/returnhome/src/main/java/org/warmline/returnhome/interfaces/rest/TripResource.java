package org.warmline.returnhome.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.CentreScopes;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.centre.CentreScope;
import org.warmline.core.domain.worker.Worker;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.interfaces.rest.ConstraintViolationMapper;
import org.warmline.core.interfaces.rest.QueryLimits;
import org.warmline.returnhome.application.TripService;
import org.warmline.returnhome.domain.PassengerNames;
import org.warmline.returnhome.domain.Trip;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripStatus;
import org.warmline.returnhome.domain.VehicleType;
import org.warmline.core.infrastructure.export.TableExport;

/**
 * Staff API for trips ({@code /api/returnhome/trips}): create and change, assign parties by hand or move
 * one between drafts (the
 * rules are enforced by the server: 409 problem+json names the broken one), publish, cancel, depart,
 * arrive, and the manifest (JSON, CSV, XLSX, print view) with check-in. Every manifest read is written
 * to the audit log ({@code org.warmline.audit}); manifests show masked phones and names unless the caller
 * revealed them with a reason (audited) and asks {@code full=true} within 30 minutes.
 */
@Path("/api/returnhome/trips")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "returnhome", description = "Returning-home logistics")
@RolesAllowed({"COORDINATOR", "SUPERVISOR", "ADMIN"})
public class TripResource {

    private static final Logger AUDIT = Logger.getLogger("org.warmline.audit");

    /**
     * A trip as a coordinator enters it: a validated form class, not a record (see {@link ConstraintViolationMapper});
     * a missing or unknown vehicle type or a missing departure answers 400 naming the field.
     */
    public static class TripInput {
        /** COACH_45, COACH_53, MINIBUS_19 or TRAIN_BLOCK. */
        @NotNull(message = VEHICLE_TYPES)
        @Pattern(regexp = "COACH_45|COACH_53|MINIBUS_19|TRAIN_BLOCK", message = VEHICLE_TYPES)
        public String vehicleType;
        /** Seats of a TRAIN_BLOCK, else null. */
        public Integer blockSeats;
        /** GB/T 2260 code of the origin city. */
        public String originCode;
        /** Where passengers board (≤ 24 characters). */
        public String pickupPoint;
        /** Destination codes in order, 1..5. */
        public List<String> stops;
        /** Local Asia/Shanghai date-time "2027-01-29T08:00", or with an offset. */
        @NotNull(message = "departure is required")
        public String departure;
        /** Carrier name, or null. */
        public String carrier;
        /** Driver name and phone, or null. */
        public String driverContact;
    }

    private static final String VEHICLE_TYPES = "vehicleType must be one of [COACH_45, COACH_53, MINIBUS_19, TRAIN_BLOCK]";

    /**
     * A trip as the API shows it.
     *
     * @param id            trip id
     * @param status        DRAFT, PUBLISHED, DEPARTED, ARRIVED, CANCELLED
     * @param vehicleType   vehicle type
     * @param capacity      seats
     * @param seatsTaken    seats held by parties on it
     * @param parties       parties holding seats
     * @param origin        origin
     * @param pickupPoint   pick-up point
     * @param stops         destinations in order
     * @param departsAt     departure, UTC
     * @param departureLocal departure, Asia/Shanghai local date-time
     * @param carrier       carrier
     * @param driverContact driver contact (staff only)
     * @param confirmBy     offer deadline set at publishing
     * @param planId        planning run that proposed it, or null
     * @param checkInOpensLocal when check-in opens (12 hours before departure), Asia/Shanghai local date-time
     * @param departAllowedLocal from when it may be marked departed (departure minus
     *                      {@code warmline.returnhome.departure-margin}), Asia/Shanghai local date-time
     * @param checkInOpen   whether check-in is open now (PUBLISHED and {@code checkInOpensLocal} reached)
     * @param departAllowed whether it may be marked departed now (PUBLISHED and {@code departAllowedLocal} reached)
     */
    public record TripDto(long id, String status, String vehicleType, int capacity, int seatsTaken, int parties,
                          TripRequestResource.PlaceDto origin, String pickupPoint,
                          List<TripRequestResource.PlaceDto> stops, Instant departsAt, LocalDateTime departureLocal,
                          String carrier, String driverContact, Instant confirmBy, Long planId,
                          LocalDateTime checkInOpensLocal, LocalDateTime departAllowedLocal, boolean checkInOpen,
                          boolean departAllowed) { }

    /** Parties to assign by hand (a validated form class; see {@link TripInput}). */
    public static class AssignInput {
        /** The parties' request ids, at least one. */
        @NotEmpty(message = "requestIds must list at least one request")
        public List<Long> requestIds;
    }

    /** @param confirmBy offer deadline (ISO instant or local Asia/Shanghai date-time), or null for the default */
    public record PublishInput(String confirmBy) { }

    /** Where a party moves (a validated form class; see {@link TripInput}). */
    public static class MoveInput {
        /** The DRAFT trip a party moves to. */
        @NotNull(message = "toTripId is required")
        public Long toTripId;
    }

    /** A check-in at boarding (a validated form class; see {@link TripInput}). */
    public static class CheckInInput {
        /** True: boarded; false: no-show. */
        @NotNull(message = "boarded must be true or false")
        public Boolean boarded;
    }

    /**
     * @param reason why the full numbers are needed (required, at most 200 characters; checked by the service after
     *               the centre check, so another centre's trip answers 403, audited, whatever the body says)
     */
    public record RevealInput(String reason) { }

    /** @param revealedUntil until when the caller's manifests of this trip show full numbers and names */
    public record RevealDto(Instant revealedUntil) { }

    /**
     * One manifest line; phone and name are masked unless the manifest was revealed and asked in full.
     *
     * @param requestId   the request
     * @param phone       masked phone (138****8000), or in full (138 0013 8000) on a revealed manifest
     * @param name        the passenger's name as given, masked (王**) or in full on a revealed manifest; null if none
     * @param partySize   people
     * @param destination destination
     * @param status      confirmation status (OFFERED, SEAT_CONFIRMED, BOARDED, NO_SHOW, …)
     * @param notes       special needs, or null
     */
    public record ManifestLine(long requestId, String phone, String name, int partySize,
                               TripRequestResource.PlaceDto destination, String status, String notes) { }

    /**
     * The manifest of a trip.
     *
     * @param trip   the trip
     * @param lines  parties holding seats, by id
     * @param people people holding seats
     * @param full   whether phones and names are shown in full (after a reveal)
     * @param revealedUntil until when the caller's reveal of this manifest holds, or null
     */
    public record Manifest(TripDto trip, List<ManifestLine> lines, int people, boolean full, Instant revealedUntil) { }

    @Inject
    TripService trips;

    @Inject
    WorkerDirectory workers;

    @Inject
    Gazetteer gazetteer;

    @Inject
    CentreScopes scopes;

    @Inject
    Clock clock;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    /** @param input the trip; its departure must lie in the future (400 otherwise) @return 201 with the new DRAFT trip */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a draft trip (the departure must lie in the future: 400 otherwise)")
    public Response create(@NotNull(message = "a trip needs a JSON body") @Valid TripInput input) {
        Trip trip = trips.create(scope(), fields(input));
        return Response.status(Response.Status.CREATED).entity(dto(trip)).build();
    }

    /**
     * @param status    optional trip status
     * @param from      departures from this day
     * @param to        departures up to this day
     * @param limitText at most this many (default 200, max 1000)
     * @return trips, soonest first
     */
    @GET
    @Operation(summary = "List trips, soonest first")
    public List<TripDto> list(@QueryParam("status") String status, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("limit") String limitText) {
        TripStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = TripStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("status must be one of " + java.util.Arrays.toString(TripStatus.values()));
            }
        }
        List<Trip> found = trips.list(scope(), s, Params.date("from", from), Params.date("to", to),
                QueryLimits.parse(limitText, 200, 1000));
        Map<Long, List<TripRequest>> seated = trips.seatedOn(found.stream().map(Trip::id).toList());
        return found.stream().map(t -> dto(t, seated.getOrDefault(t.id(), List.of()))).toList();
    }

    /** @param id trip id @return the trip */
    @GET
    @Path("{id}")
    @Operation(summary = "One trip")
    public TripDto get(@PathParam("id") long id) {
        return dto(trips.find(scope(), id, "trip.read"));
    }

    /** @param id trip id @param input new fields (vehicle type and origin cannot change) @return the trip */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a trip; a published trip's passengers are told in one batch")
    public TripDto change(@PathParam("id") long id,
                          @NotNull(message = "a trip needs a JSON body") @Valid TripInput input) {
        return dto(trips.change(scope(), id, fields(input)));
    }

    /** @param id trip id @param input the parties @return the trip */
    @POST
    @Path("{id}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign parties by hand (all or none; 409 names the broken rule)")
    public TripDto assign(@PathParam("id") long id,
                          @NotNull(message = "requestIds must list at least one request") @Valid AssignInput input) {
        CentreScope scope = scope();
        trips.assign(scope, id, input.requestIds);
        return dto(trips.find(scope, id, "trip.read"));
    }

    /** @param id trip id @param requestId the party @return the trip */
    @DELETE
    @Path("{id}/requests/{requestId}")
    @Operation(summary = "Take a party out of a draft trip")
    public TripDto unassign(@PathParam("id") long id, @PathParam("requestId") long requestId) {
        return dto(trips.unassign(scope(), id, requestId));
    }

    /**
     * Moves a party from this draft to another draft in one step (editing a planner's proposal); a
     * refused move (409 problem+json naming the rule) leaves the party where it was.
     *
     * @param id        the draft the party is on
     * @param requestId the party
     * @param input     the target draft
     * @return the target trip
     */
    @POST
    @Path("{id}/requests/{requestId}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a party to another draft trip (all or nothing; 409 names the broken rule)")
    public TripDto move(@PathParam("id") long id, @PathParam("requestId") long requestId,
                        @NotNull(message = "toTripId is required") @Valid MoveInput input) {
        return dto(trips.move(scope(), id, requestId, input.toTripId));
    }

    /** @param id trip id @param input optional deadline @return the trip */
    @POST
    @Path("{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Publish: each passenger is offered the seats on their own channel (SMS or chat)")
    public TripDto publish(@PathParam("id") long id, PublishInput input) {
        Instant confirmBy = input == null || input.confirmBy() == null ? null : instant("confirmBy", input.confirmBy());
        return dto(trips.publish(scope(), id, confirmBy));
    }

    /** @param id trip id @return the trip */
    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel: passengers are waitlisted and told in one batch")
    public TripDto cancel(@PathParam("id") long id) {
        return dto(trips.cancel(scope(), id));
    }

    /** @param id trip id @return the trip */
    @POST
    @Path("{id}/depart")
    @Operation(summary = "Mark departed")
    public TripDto depart(@PathParam("id") long id) {
        return dto(trips.depart(scope(), id));
    }

    /** @param id trip id @return the trip */
    @POST
    @Path("{id}/arrive")
    @Operation(summary = "Mark arrived")
    public TripDto arrive(@PathParam("id") long id) {
        return dto(trips.arrive(scope(), id));
    }

    /**
     * How the notices of a publish, change or cancellation of this trip would reach its parties, counted
     * by channel, for the coordinator's confirmation (issue 10, item 3), and the parties whose seat offer
     * reached nobody.
     *
     * @param id trip id
     * @return {@code {"parties", "sms", "chat", "unreachable", "unreachableOffers": [request ids]}}
     */
    @GET
    @Path("{id}/notices")
    @Operation(summary = "Notices by channel: how many parties a publish/change/cancel tells by SMS, in chat, or cannot reach")
    public TripService.NoticeReach notices(@PathParam("id") long id) {
        return trips.noticeReach(scope(), id);
    }

    /**
     * @param id   trip id
     * @param full true: phones and names in full, allowed within 30 minutes of the caller's reveal (403 otherwise)
     * @return the manifest (audited)
     */
    @GET
    @Path("{id}/manifest")
    @Operation(summary = "Passenger manifest; phones and names masked unless revealed (full=true after a reveal); audited")
    public Manifest manifest(@PathParam("id") long id, @QueryParam("full") String full) {
        return manifestOf(id, "json", full);
    }

    /**
     * Shows the full phone numbers and names of this manifest to the caller for 30 minutes ("显示完整号码"):
     * the reason is required and written to the audit log ({@code trip.manifest.reveal}).
     *
     * @param id    trip id
     * @param input the reason
     * @return until when the reveal holds
     */
    @POST
    @Path("{id}/manifest/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reveal full phones and names of the manifest for 30 minutes; reason required (400 without); audited")
    public RevealDto reveal(@PathParam("id") long id, RevealInput input) {
        Instant until = trips.revealManifest(scope(), id, input == null ? null : input.reason());
        AUDIT.info(() -> "manifest reveal trip=" + id + " by=" + user());
        return new RevealDto(until);
    }

    /**
     * @param id   trip id
     * @param lang "en" for English headers and statuses, Chinese otherwise (the page's language)
     * @param full true: phones and names in full (after a reveal, 403 otherwise)
     * @return the manifest as CSV (audited)
     */
    @GET
    @Path("{id}/manifest.csv")
    @Produces("text/csv")
    @Operation(summary = "Manifest as CSV (Chinese headers and statuses; English with lang=en)")
    public Response manifestCsv(@PathParam("id") long id, @QueryParam("lang") String lang, @QueryParam("full") String full) {
        ManifestPage page = new ManifestPage(ManifestPage.english(lang, List.of()));
        return download(page.table(manifestOf(id, "csv", full)).csv(), TableExport.CSV, "manifest-" + id + ".csv");
    }

    /**
     * @param id   trip id
     * @param lang "en" for English headers, statuses and sheet name, Chinese otherwise
     * @param full true: phones and names in full (after a reveal, 403 otherwise)
     * @return the manifest as XLSX (audited)
     */
    @GET
    @Path("{id}/manifest.xlsx")
    @Produces(TableExport.XLSX)
    @Operation(summary = "Manifest as XLSX (Chinese headers and statuses; English with lang=en)")
    public Response manifestXlsx(@PathParam("id") long id, @QueryParam("lang") String lang, @QueryParam("full") String full) {
        ManifestPage page = new ManifestPage(ManifestPage.english(lang, List.of()));
        return download(page.table(manifestOf(id, "xlsx", full)).xlsx(page.sheetName()), TableExport.XLSX,
                "manifest-" + id + ".xlsx");
    }

    /**
     * The printable manifest (audited): trip header, one row per party with an empty tick box, totals per
     * status; phones stay masked and the page says the coordinator can reveal a number in the console.
     *
     * @param id   trip id
     * @param lang "en" for English, "zh" for Chinese; otherwise the Accept-Language decides (Chinese by default)
     * @return the HTML page
     */
    @GET
    @Path("{id}/manifest.html")
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @Operation(summary = "Manifest print view (Chinese; English with ?lang=en or Accept-Language)")
    public String manifestHtml(@PathParam("id") long id, @QueryParam("lang") String lang, @QueryParam("full") String full) {
        boolean english = ManifestPage.english(lang, headers == null ? List.of() : headers.getAcceptableLanguages());
        return new ManifestPage(english).render(manifestOf(id, "html", full));
    }

    /**
     * @param id        trip id
     * @param requestId a party on it
     * @param input     boarded or no-show
     * @return the manifest line after check-in
     */
    @POST
    @Path("{id}/manifest/{requestId}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check-in at boarding: boarded or no-show; open from 12 hours before departure for confirmed"
            + " seats (409 otherwise)")
    public ManifestLine checkIn(@PathParam("id") long id, @PathParam("requestId") long requestId,
                                @NotNull(message = "boarded must be true or false") @Valid CheckInInput input) {
        TripRequest r = trips.checkIn(scope(), id, requestId, input.boarded);
        AUDIT.info(() -> "check-in trip=" + id + " request=" + requestId + " boarded=" + input.boarded
                + " by=" + user());
        return lines(List.of(r), false).get(0);
    }

    /**
     * @return the manifest with the parties the caller's centre may see (another centre's trip: 403, audited);
     *         in full only when asked ({@code full=true}) within the caller's reveal, which is audited
     */
    private Manifest manifestOf(long id, String format, String fullText) {
        CentreScope scope = scope();
        List<TripRequest> on = trips.manifest(scope, id, "trip.manifest");
        Trip trip = trips.find(scope, id, "trip.manifest");
        Instant revealedUntil = trips.manifestRevealedUntil(scope, id).orElse(null);
        boolean full = "true".equalsIgnoreCase(fullText == null ? "" : fullText.trim());
        if (full && revealedUntil == null) {
            throw new ForbiddenException("full phone numbers and names need a reveal with a reason first"
                    + " (POST /api/returnhome/trips/" + id + "/manifest/reveal)");
        }
        if (full) {
            trips.recordFullManifestRead(scope, id, format);
        }
        List<ManifestLine> lines = lines(on, full);
        AUDIT.info(() -> "manifest read trip=" + id + " format=" + format + " full=" + full + " rows=" + lines.size()
                + " by=" + user());
        return new Manifest(dto(trip), lines, on.stream().mapToInt(TripRequest::partySize).sum(), full, revealedUntil);
    }

    private CentreScope scope() {
        return Callers.scope(security, scopes);
    }

    private List<ManifestLine> lines(List<TripRequest> on, boolean full) {
        Map<Long, Worker> byId = workers.byIds(on.stream().map(TripRequest::workerId).distinct().toList());
        return on.stream().map(r -> {
            Worker w = byId.get(r.workerId());
            String phone = w == null ? null : full && w.phone() != null ? w.phone().dialable() : w.maskedPhone();
            String name = full ? r.passengerName() : PassengerNames.masked(r.passengerName());
            return new ManifestLine(r.id(), phone, name, r.partySize(), place(r.destinationCode()), r.status().name(),
                    r.notes());
        }).toList();
    }

    static Response download(byte[] body, String type, String filename) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }

    private String user() {
        return security == null || security.getUserPrincipal() == null ? "?" : security.getUserPrincipal().getName();
    }

    /** @param in a trip Bean Validation passed (a known vehicle type, a departure) @return the service's fields */
    private TripService.TripFields fields(TripInput in) {
        return new TripService.TripFields(VehicleType.valueOf(in.vehicleType), in.blockSeats, in.originCode,
                in.pickupPoint, in.stops, instant("departure", in.departure), in.carrier, in.driverContact);
    }

    /** @return an instant from an ISO instant, an offset date-time or a local Asia/Shanghai date-time */
    static Instant instant(String name, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(Trip.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                throw new BadRequestException(name + " must be an ISO date-time like 2027-01-29T08:00");
            }
        }
    }

    TripDto dto(Trip t) {
        return dto(t, seatedOn(t.id()));
    }

    private List<TripRequest> seatedOn(long tripId) {
        return trips.seatedOn(List.of(tripId)).getOrDefault(tripId, List.of());
    }

    /** @param on the parties holding seats on {@code t} */
    private TripDto dto(Trip t, List<TripRequest> on) {
        return new TripDto(t.id(), t.status().name(), t.vehicleType().name(), t.capacity(),
                on.stream().mapToInt(TripRequest::partySize).sum(), on.size(), place(t.originCode()), t.pickupPoint(),
                t.stops().stream().map(this::place).toList(), t.departsAt(),
                LocalDateTime.ofInstant(t.departsAt(), Trip.ZONE), t.carrier(), t.driverContact(), t.confirmBy(), t.planId(),
                LocalDateTime.ofInstant(t.checkInOpensAt(), Trip.ZONE),
                LocalDateTime.ofInstant(t.departAllowedFrom(trips.departureMargin()), Trip.ZONE),
                t.status() == TripStatus.PUBLISHED && !clock.instant().isBefore(t.checkInOpensAt()),
                t.status() == TripStatus.PUBLISHED && !clock.instant().isBefore(t.departAllowedFrom(trips.departureMargin())));
    }

    private TripRequestResource.PlaceDto place(String code) {
        return TripRequestResource.PlaceDto.of(gazetteer, code);
    }

}
