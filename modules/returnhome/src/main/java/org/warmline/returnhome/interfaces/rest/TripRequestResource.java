package org.warmline.returnhome.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.warmline.core.application.WorkerDirectory;
import org.warmline.core.domain.place.Gazetteer;
import org.warmline.core.domain.place.Place;
import org.warmline.core.domain.worker.Worker;
import org.warmline.returnhome.application.TripRequestService;
import org.warmline.returnhome.domain.TripRequest;
import org.warmline.returnhome.domain.TripRequestStatus;

/** Staff API: trip requests for coordinators ({@code GET /api/returnhome/requests}). */
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
     * @param id          request id
     * @param destination home
     * @param origin      where the worker works now
     * @param travelDate  ISO-8601 date
     * @param partySize   people (seats)
     * @param status      lifecycle status
     * @param phone       the worker's phone, masked (138****8000)
     * @param createdAt   creation time, UTC
     */
    public record TripRequestDto(long id, PlaceDto destination, PlaceDto origin, LocalDate travelDate,
                                 int partySize, String status, String phone, Instant createdAt) { }

    @Inject
    TripRequestService requests;

    @Inject
    WorkerDirectory workers;

    @Inject
    Gazetteer gazetteer;

    /**
     * @param status optional status filter (AWAITING_CONFIRMATION, CONFIRMED, DISCARDED)
     * @param limit  at most this many, newest first (default 200, max 1000)
     * @return the trip requests
     * @throws BadRequestException (400) for an unknown status
     */
    @GET
    @RolesAllowed({"COORDINATOR", "OPERATOR", "SUPERVISOR", "ADMIN"})
    @Operation(summary = "List trip requests, newest first; phones masked")
    public List<TripRequestDto> list(@QueryParam("status") String status,
                                     @QueryParam("limit") @DefaultValue("200") int limit) {
        TripRequestStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = TripRequestStatus.valueOf(status.trim());
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("unknown status " + status);
            }
        }
        List<TripRequest> found = requests.list(filter, limit);
        Map<Long, Worker> byId = workers.byIds(found.stream().map(TripRequest::workerId).distinct().toList());
        return found.stream().map(r -> new TripRequestDto(r.id(), place(r.destinationCode()),
                place(r.originCode()), r.travelDate(), r.partySize(), r.status().name(),
                byId.containsKey(r.workerId()) ? byId.get(r.workerId()).maskedPhone() : null,
                r.createdAt())).toList();
    }

    private PlaceDto place(String code) {
        return new PlaceDto(code, gazetteer.byCode(code).map(Place::name).orElse(null));
    }
}
